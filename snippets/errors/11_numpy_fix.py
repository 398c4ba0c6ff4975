import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(2, 1)

detached = layer.weight.detach().numpy()
forced = layer.weight.numpy(force=True)
with torch.no_grad():
    inside = layer.weight.numpy()
snapshot = layer.weight.detach().numpy().copy()  # a copy of today's values

with torch.no_grad():
    layer.weight.fill_(1.0)
print(detached, forced, inside)  # on the CPU all three share the weight's memory
#> [[1. 1.]] [[1. 1.]] [[1. 1.]]
print(snapshot.round(4))  # the copy keeps the old values
#> [[-0.0053  0.3793]]
