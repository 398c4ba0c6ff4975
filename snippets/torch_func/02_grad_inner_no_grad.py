import torch
from torch.func import grad


def loss(w):
    return (w - w**2).sum()


def loss_with_stop(w):
    with torch.no_grad():  # inside the function: grad obeys it
        c = w**2
    return (w - c).sum()


w = torch.tensor([1.0, 2.0, 3.0])
print(grad(loss)(w))  # 1 - 2w
#> tensor([-1., -3., -5.])
print(grad(loss_with_stop)(w))  # c counts as a constant
#> tensor([1., 1., 1.])
with torch.no_grad():  # outside: ignored, same results
    print(grad(loss)(w), grad(loss_with_stop)(w))
    #> tensor([-1., -3., -5.]) tensor([1., 1., 1.])
