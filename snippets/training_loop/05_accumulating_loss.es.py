import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
x, target = torch.randn(8, 4), torch.randn(8, 1)

total = 0
for _ in range(3):
    loss = nn.functional.mse_loss(model(x), target)
    total = total + loss  # mantiene vivo el grafo de cada paso
print(total.requires_grad, total.grad_fn.name())
#> True AddBackward0

total = 0.0
for _ in range(3):
    loss = nn.functional.mse_loss(model(x), target)
    total += loss.item()  # un float de Python: el grafo se puede liberar
print(type(total).__name__, round(total, 4))
#> float 7.9901

total = torch.zeros(())
for _ in range(3):
    loss = nn.functional.mse_loss(model(x), target)
    total += loss.detach()  # un tensor sin grafo
print(total.requires_grad, round(total.item(), 4))  # un solo .item(), al final
#> False 7.9901
