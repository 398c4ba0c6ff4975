import torch
from torch.func import grad


def loss(w):
    return (w - w**2).sum()


def loss_with_stop(w):
    with torch.no_grad():  # dentro de la función: grad lo obedece
        c = w**2
    return (w - c).sum()


w = torch.tensor([1.0, 2.0, 3.0])
print(grad(loss)(w))  # 1 - 2w
#> tensor([-1., -3., -5.])
print(grad(loss_with_stop)(w))  # c cuenta como una constante
#> tensor([1., 1., 1.])
with torch.no_grad():  # fuera: se ignora, los mismos resultados
    print(grad(loss)(w), grad(loss_with_stop)(w))
    #> tensor([-1., -3., -5.]) tensor([1., 1., 1.])
