import torch
from torch import nn

layer = nn.Linear(2, 1)
x = torch.ones(1, 2)

with torch.no_grad():  # un modo: este hilo, este bloque, todos los tensores
    print(layer.weight.requires_grad, layer(x).requires_grad)
    #> True False
print(layer(x).requires_grad)  # el bloque terminó: se vuelve a registrar
#> True

layer.weight.requires_grad_(False)  # un indicador: este tensor, hasta que se cambie
print(layer(x).requires_grad)  # se sigue registrando: el sesgo requiere gradientes
#> True
layer.bias.requires_grad_(False)
print(layer(x).requires_grad)
#> False
