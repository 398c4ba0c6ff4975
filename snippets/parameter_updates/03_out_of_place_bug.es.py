import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
model(torch.ones(2, 3)).sum().backward()
before = model.weight.clone()

for p in model.parameters():
    p = p - 0.1 * p.grad  # reasigna la variable del bucle, sin ningún error

print(p.is_leaf, p.grad_fn.name())
#> False SubBackward0
print(torch.equal(model.weight, before))  # el modelo no cambió nunca
#> True
