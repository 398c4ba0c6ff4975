import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU())
head = nn.Linear(16, 2)
backbone.requires_grad_(False)  # (1)!

trainable = [p for p in head.parameters() if p.requires_grad]
opt = torch.optim.SGD(trainable, lr=0.1)  # (2)!
before = backbone[0].weight.clone()

x, target = torch.randn(4, 8), torch.tensor([0, 1, 0, 1])
loss = nn.functional.cross_entropy(head(backbone(x)), target)
loss.backward()
opt.step()

print(backbone[0].weight.grad, head.weight.grad.shape)
#> None torch.Size([2, 16])
print(torch.equal(backbone[0].weight, before))
#> True
print(sum(p.numel() for p in trainable), "parámetros entrenables")
#> 34 parámetros entrenables
