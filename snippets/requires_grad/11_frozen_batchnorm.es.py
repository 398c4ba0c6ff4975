import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Dropout(0.5))
head = nn.Linear(4, 2)
model = nn.Sequential(backbone, head)
backbone.requires_grad_(False)  # pesos congelados
backbone.eval()  # una vez, al preparar el modelo...
x = torch.randn(8, 4)


def check():
    mean = backbone[1].running_mean.clone()
    out = backbone(x)
    moved = not torch.equal(backbone[1].running_mean, mean)
    print("running_mean se movió:", moved, "| ceros del dropout:", (out == 0).sum().item())


model.train()  # ...deshecho al empezar la siguiente época
check()
#> running_mean se movió: True | ceros del dropout: 16

model.train()
backbone.eval()  # (1)!
check()
#> running_mean se movió: False | ceros del dropout: 0
print(backbone.training, head.training)
#> False True
