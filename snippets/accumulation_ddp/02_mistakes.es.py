import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
x, y = torch.randn(8, 4), torch.randn(8, 1)
loss_fn = nn.MSELoss()


def accumulated_grad(chunks, weights, zero_each=False):
    model.zero_grad()
    for (xs, ys), w in zip(chunks, weights):
        if zero_each:
            model.zero_grad()  # el error
        (loss_fn(model(xs), ys) * w).backward()
    return model.weight.grad.clone()


big = accumulated_grad([(x, y)], [1.0])  # el lote entero de una vez
micro = list(zip(x.split(2), y.split(2)))  # k = 4 microlotes
k = len(micro)

right = accumulated_grad(micro, [1 / k] * k)
print("escalado por 1/k:", torch.allclose(right, big))
#> escalado por 1/k: True
unscaled = accumulated_grad(micro, [1.0] * k)
print("sin escalar:", torch.allclose(unscaled, big), "| razón:", round((unscaled / big).mean().item(), 3))
#> sin escalar: False | razón: 4.0
zeroed = accumulated_grad(micro, [1 / k] * k, zero_each=True)
print("puesto a cero en cada microlote:", torch.allclose(zeroed, big))
#> puesto a cero en cada microlote: False
last_only = accumulated_grad(micro[-1:], [1 / k])
print("igual al último microlote por sí solo:", torch.allclose(zeroed, last_only))
#> igual al último microlote por sí solo: True

# Microlotes desiguales (3 + 3 + 2): 1/k ya no sirve
uneven = list(zip(x.split(3), y.split(3)))
print("desiguales, 1/k:", torch.allclose(accumulated_grad(uneven, [1 / 3] * 3), big))
#> desiguales, 1/k: False
by_size = [len(xs) / len(x) for xs, _ in uneven]
print("desiguales, por tamaño:", torch.allclose(accumulated_grad(uneven, by_size), big))
#> desiguales, por tamaño: True
