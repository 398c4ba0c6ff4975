import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(2, 1)

forced = layer.weight.numpy(force=True)  # on the CPU: no copy
with torch.no_grad():
    plain = layer.weight.numpy()  # no copy either
copied = layer.weight.detach().numpy().copy()  # (1)!
cloned = layer.weight.detach().clone().numpy()

with torch.no_grad():
    layer.weight.fill_(1.0)  # a later update of the weight
print(forced, plain)  # both followed the weight
#> [[1. 1.]] [[1. 1.]]
print(copied.round(4), cloned.round(4))  # snapshots: the old values
#> [[-0.0053  0.3793]] [[-0.0053  0.3793]]
