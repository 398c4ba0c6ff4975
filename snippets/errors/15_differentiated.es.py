import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 1))
model[0].requires_grad_(False)  # la primera capa, congelada
loss = model(torch.randn(2, 3)).sum()

try:
    torch.autograd.grad(loss, list(model.parameters()))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: One of the differentiated Tensors does not require grad
