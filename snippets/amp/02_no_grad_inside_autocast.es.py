import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 4)
x = torch.randn(2, 4)

with torch.autocast("cpu", dtype=torch.bfloat16):
    with torch.no_grad():
        preview = model(x)  # (1)!
    out = model(x)  # la pasada hacia adelante de entrenamiento, en la misma región autocast
print("vistazo:", preview.dtype, preview.requires_grad)
#> vistazo: torch.bfloat16 False
print("salida:", out.dtype, out.requires_grad, type(out.grad_fn).__name__)
#> salida: torch.bfloat16 True AddmmBackward0

out.float().sum().backward()
print("weight.grad:", model.weight.grad.dtype, tuple(model.weight.grad.shape))
#> weight.grad: torch.float32 (4, 4)
