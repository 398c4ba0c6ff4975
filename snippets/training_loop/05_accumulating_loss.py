import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
x, target = torch.randn(8, 4), torch.randn(8, 1)

total = 0
for _ in range(3):
    loss = nn.functional.mse_loss(model(x), target)
    total = total + loss  # keeps every step's graph alive
print(total.requires_grad, total.grad_fn.name())
#> True AddBackward0

total = 0.0
for _ in range(3):
    loss = nn.functional.mse_loss(model(x), target)
    total += loss.item()  # a Python float: the graph can be freed
print(type(total).__name__, round(total, 4))
#> float 7.9901

total = torch.zeros(())
for _ in range(3):
    loss = nn.functional.mse_loss(model(x), target)
    total += loss.detach()  # a tensor with no graph
print(total.requires_grad, round(total.item(), 4))  # one .item(), at the end
#> False 7.9901
