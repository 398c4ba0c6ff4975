import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
x, target = torch.randn(8, 4), torch.randn(8, 1)

loss = nn.functional.mse_loss(model(x), target)  # en modo de gradientes
print(loss.requires_grad, type(loss.grad_fn).__name__)
#> True MseLossBackward0
loss.backward()
print(model.weight.grad.shape)
#> torch.Size([1, 4])
