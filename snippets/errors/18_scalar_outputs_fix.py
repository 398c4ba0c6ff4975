import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
out = model(torch.randn(4, 3))

out.mean().backward()  # reduce to a scalar loss first
print(model.bias.grad)  # d(mean)/d(bias) = 1
#> tensor([1.])

model.zero_grad()
out = model(torch.randn(4, 3))
out.backward(torch.ones_like(out))  # or pass the output's gradient yourself
print(model.bias.grad)  # d(sum)/d(bias) = 4
#> tensor([4.])
