import torch
from torch import nn

with torch.no_grad():
    w = torch.randn(3, requires_grad=True)  # explicit flags win
    p = nn.Parameter(torch.zeros(3))
    layer = nn.Linear(3, 1)
    y = w * 2  # an operation: not recorded

print(w.requires_grad, p.requires_grad, layer.weight.requires_grad)
#> True True True
print(y.requires_grad)
#> False

(w * 2).sum().backward()  # outside the block, w trains normally
print(w.grad)
#> tensor([2., 2., 2.])
