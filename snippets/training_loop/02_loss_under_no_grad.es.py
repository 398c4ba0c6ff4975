import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
x, target = torch.randn(8, 4), torch.randn(8, 1)

with torch.no_grad():  # el único sitio donde no_grad no puede ir
    loss = nn.functional.mse_loss(model(x), target)
print(loss.requires_grad, loss.grad_fn)
#> False None

try:
    loss.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
