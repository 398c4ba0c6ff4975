import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
out = model(torch.randn(4, 3))

out.mean().backward()  # reduce antes a una pérdida escalar
print(model.bias.grad)  # d(mean)/d(bias) = 1
#> tensor([1.])

model.zero_grad()
out = model(torch.randn(4, 3))
out.backward(torch.ones_like(out))  # o pasa tú el gradiente de la salida
print(model.bias.grad)  # d(sum)/d(bias) = 4
#> tensor([4.])
