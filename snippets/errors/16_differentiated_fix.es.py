import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 1))
model[0].requires_grad_(False)
loss = model(torch.randn(2, 3)).sum()

trainable = [p for p in model.parameters() if p.requires_grad]  # solo lo que requiere gradientes
grads = torch.autograd.grad(loss, trainable)
print(len(list(model.parameters())), len(trainable))
#> 4 2
print([tuple(g.shape) for g in grads])
#> [(1, 3), (1,)]
