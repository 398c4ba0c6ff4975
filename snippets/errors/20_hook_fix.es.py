import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.randn(2, 3).requires_grad_()  # pide antes gradientes a la entrada

x.register_hook(lambda grad: print("hook:", grad.shape))
model(x).sum().backward()  # en modo de gradientes
#> hook: torch.Size([2, 3])
print(torch.equal(x.grad, model.weight.detach().expand(2, 3)))
#> True
