import torch
from torch import nn

w = torch.ones(3, requires_grad=True)  # creado por ti: un tensor hoja
y = w * 2  # calculado a partir de un tensor que requiere gradientes: no es hoja
print(w.is_leaf, y.is_leaf, y.grad_fn.name())
#> True False MulBackward0

x = torch.ones(3)  # no requiere gradientes
print((x * 2).is_leaf)  # no se registró nada: también es hoja
#> True

with torch.no_grad():
    z = w * 2  # el registro está apagado: no se registra nada, ni siquiera desde w
print(z.is_leaf, z.requires_grad, z.grad_fn)
#> True False None

w.requires_grad_(False)  # un indicador duradero en el tensor
print(w.requires_grad, (w * 2).requires_grad)
#> False False

model = nn.Linear(3, 1)
frozen = model.requires_grad_(False)  # todos los parámetros; devuelve el módulo
print(frozen is model, [p.requires_grad for p in model.parameters()])
#> True [False, False]
