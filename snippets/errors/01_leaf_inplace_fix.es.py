import torch
from torch import nn

model = nn.Linear(3, 1)
model(torch.ones(2, 3)).sum().backward()
before = model.bias.item()

with torch.no_grad():  # la actualización no se registra
    for p in model.parameters():
        p -= 0.1 * p.grad
print(round(model.bias.item() - before, 4))  # el sesgo cambió en -0.1 * su gradiente (2.0)
#> -0.2
print(model.bias.is_leaf, model.bias.requires_grad, model.bias.grad_fn)
#> True True None
