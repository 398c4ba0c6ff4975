import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)


@torch.no_grad()  # la forma con paréntesis funciona en todas las versiones 2.x
def predict(x):
    return x * w


@torch.no_grad  # la forma sin paréntesis funciona desde torch 2.1
def predict_bare(x):
    return x * w


x = torch.ones(3)
print(predict(x).requires_grad, predict_bare(x).requires_grad)
#> False False
print((x * w).requires_grad)  # fuera de las funciones, vuelve el modo de gradientes
#> True
