import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(2, 1)

forced = layer.weight.numpy(force=True)  # en la CPU: sin copia
with torch.no_grad():
    plain = layer.weight.numpy()  # tampoco copia
copied = layer.weight.detach().numpy().copy()  # (1)!
cloned = layer.weight.detach().clone().numpy()

with torch.no_grad():
    layer.weight.fill_(1.0)  # una actualización posterior del peso
print(forced, plain)  # los dos siguieron al peso
#> [[1. 1.]] [[1. 1.]]
print(copied.round(4), cloned.round(4))  # instantáneas: los valores antiguos
#> [[-0.0053  0.3793]] [[-0.0053  0.3793]]
