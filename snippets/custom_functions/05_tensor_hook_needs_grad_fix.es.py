import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(3, 4)

with torch.no_grad():
    with torch.enable_grad():  # la solución: ejecutar esta pasada hacia adelante en modo de gradientes
        out = model(x)
print("requires_grad:", out.requires_grad)
#> requires_grad: True
out.register_hook(lambda grad: print("gradiente:", grad.shape))
out.sum().backward()
#> gradiente: torch.Size([3, 2])
