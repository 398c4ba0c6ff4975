import torch

w = torch.ones(3, requires_grad=True)
y = w * 2

y_const = y.detach()  # un tensor sin grafo, que comparte los valores de y
print(y_const.requires_grad, y_const.is_leaf)
#> False True

w.requires_grad_(False)  # para congelar, cambia el indicador del tensor hoja
y = w * 2
print(y.requires_grad)
#> False
