# requires: cuda
import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils import clip_grad_norm_, get_total_norm

torch.manual_seed(0)
model = nn.Linear(4, 1).cuda()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cuda", init_scale=1024.0)
x, y = torch.randn(8, 4).cuda(), torch.randn(8, 1).cuda()  # los datos de la pestaña CPU


def scaled_backward():
    optimizer.zero_grad()
    with torch.autocast("cuda", dtype=torch.float16):
        out = model(x)
        loss = F.mse_loss(out, y)
    scaler.scale(loss).backward()  # los gradientes quedan multiplicados por la escala
    return out.dtype, loss.dtype


def grad_norm():
    return get_total_norm([p.grad for p in model.parameters()]).item()


print("escala:", scaler.get_scale())
#> escala: 1024.0

# Mal: recortar los gradientes escalados y desescalarlos después.
print(scaled_backward())
#> (torch.float16, torch.float32)
norm = clip_grad_norm_(model.parameters(), max_norm=1.0)
scaler.unscale_(optimizer)
print("el recorte vio una norma por encima de 1000:", norm.item() > 1000)
#> el recorte vio una norma por encima de 1000: True
print("el paso usa una norma por debajo de 0.01:", grad_norm() < 0.01)
#> el paso usa una norma por debajo de 0.01: True
scaler.step(optimizer)
scaler.update()

# Bien: unscale_, después recortar, después step.
scaled_backward()
scaler.unscale_(optimizer)
norm = clip_grad_norm_(model.parameters(), max_norm=1.0)
print("el recorte vio una norma entre 1 y 10:", 1 < norm.item() < 10)
#> el recorte vio una norma entre 1 y 10: True
print("el paso usa una norma a menos de 1e-4 de 1:", abs(grad_norm() - 1) < 1e-4)
#> el paso usa una norma a menos de 1e-4 de 1: True
try:
    scaler.unscale_(optimizer)  # una segunda llamada antes de step()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: unscale_() has already been called on this optimizer since the last update().
scaler.step(optimizer)
scaler.update()
print("escala tras dos pasos:", scaler.get_scale())
#> escala tras dos pasos: 1024.0
print("los gradientes son float32:", model.weight.grad.dtype)
#> los gradientes son float32: torch.float32
