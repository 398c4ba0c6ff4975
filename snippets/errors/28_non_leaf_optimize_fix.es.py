import torch
from torch import nn

torch.manual_seed(0)
w = (torch.randn(3) * 0.01).requires_grad_()  # primero escalar, después pedir gradientes
v = nn.Parameter(torch.randn(3).to(torch.float64))  # primero convertir, después envolver
u = nn.Linear(3, 1).to(torch.float64).weight  # Module.to convierte sus parámetros y siguen siendo hojas
opt = torch.optim.SGD([w, v, u], lr=0.1)
print(f"hojas: {w.is_leaf} {v.is_leaf} {u.is_leaf}; tensores recibidos: {len(opt.param_groups[0]['params'])}")
#> hojas: True True True; tensores recibidos: 3

layer = nn.Linear(4, 4).requires_grad_(False)
A, B = nn.Parameter(torch.randn(2, 4)), nn.Parameter(torch.randn(4, 2))
with torch.no_grad():
    layer.weight.add_(B @ A)  # la fusión, sin registrar
print(f"peso fusionado: hoja {layer.weight.is_leaf}, requiere gradientes {layer.weight.requires_grad}")
#> peso fusionado: hoja True, requiere gradientes False
opt = torch.optim.AdamW(layer.requires_grad_(True).parameters())  # descongelado para seguir entrenándolo
layer(torch.randn(8, 4)).pow(2).mean().backward()
before = layer.weight.clone()
opt.step()
print(f"tensores recibidos: {len(opt.param_groups[0]['params'])}; el peso cambió: {not torch.equal(layer.weight, before)}, sigue siendo hoja: {layer.weight.is_leaf}")
#> tensores recibidos: 2; el peso cambió: True, sigue siendo hoja: True
