import torch
from torch import nn

with torch.no_grad():
    w = torch.randn(3, requires_grad=True)  # los indicadores explícitos mandan
    p = nn.Parameter(torch.zeros(3))
    layer = nn.Linear(3, 1)
    y = w * 2  # una operación: no se registra

print(w.requires_grad, p.requires_grad, layer.weight.requires_grad)
#> True True True
print(y.requires_grad)
#> False

(w * 2).sum().backward()  # fuera del bloque, w se entrena con normalidad
print(w.grad)
#> tensor([2., 2., 2.])
