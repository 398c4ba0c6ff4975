import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(16, 4), torch.randn(16, 1)

print("dtype por defecto en la CPU:", torch.get_autocast_dtype("cpu"))
#> dtype por defecto en la CPU: torch.bfloat16
with torch.autocast("cpu", dtype=torch.float16):  # float16 también se acepta
    print("autocast float16:", model(x).dtype)
    #> autocast float16: torch.float16

with torch.autocast("cpu", dtype=torch.bfloat16):  # (1)!
    out = model(x)
    loss = F.mse_loss(out, y)
print("salida:", out.dtype, "| pérdida:", loss.dtype)  # (2)!
#> salida: torch.bfloat16 | pérdida: torch.float32
loss.backward()  # (3)!
print("peso:", model[0].weight.dtype, "| gradiente:", model[0].weight.grad.dtype)
#> peso: torch.float32 | gradiente: torch.float32
optimizer.step()
optimizer.zero_grad()

# Evaluación: autocast por velocidad, no_grad (o inference_mode) por memoria.
with torch.autocast("cpu", dtype=torch.bfloat16), torch.no_grad():
    val = model(x)
print("evaluación:", val.dtype, val.requires_grad)
#> evaluación: torch.bfloat16 False

# Por qué bf16 no necesita GradScaler: tiene el rango de float32; float16, no.
tiny_grad = torch.tensor(1e-8)
print("float16:", tiny_grad.to(torch.float16).item())
#> float16: 0.0
print("bfloat16:", f"{tiny_grad.to(torch.bfloat16).item():.2e}")
#> bfloat16: 1.00e-08
