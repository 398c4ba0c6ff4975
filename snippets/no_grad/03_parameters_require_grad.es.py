import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(8, 4)

print(model.weight.requires_grad)  # los parámetros requieren gradientes desde que nacen
#> True
print(model(x).requires_grad)
#> True

with torch.no_grad():
    out = model(x)
    print(out.requires_grad, out.grad_fn)
    #> False None
    print(model.weight.requires_grad)  # (1)!
    #> True
