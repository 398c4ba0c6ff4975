import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Dropout(0.5))
head = nn.Linear(4, 2)
model = nn.Sequential(backbone, head)
backbone.requires_grad_(False)  # frozen weights
backbone.eval()  # once, at setup...
x = torch.randn(8, 4)


def check():
    mean = backbone[1].running_mean.clone()
    out = backbone(x)
    moved = not torch.equal(backbone[1].running_mean, mean)
    print("running_mean moved:", moved, "| zeros from dropout:", (out == 0).sum().item())


model.train()  # ...undone at the start of the next epoch
check()
#> running_mean moved: True | zeros from dropout: 16

model.train()
backbone.eval()  # (1)!
check()
#> running_mean moved: False | zeros from dropout: 0
print(backbone.training, head.training)
#> False True
