import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(2, 1)

detached = layer.weight.detach().numpy()
forced = layer.weight.numpy(force=True)
with torch.no_grad():
    inside = layer.weight.numpy()
snapshot = layer.weight.detach().numpy().copy()  # una copia de los valores actuales

with torch.no_grad():
    layer.weight.fill_(1.0)
print(detached, forced, inside)  # en la CPU los tres comparten la memoria del peso
#> [[1. 1.]] [[1. 1.]] [[1. 1.]]
print(snapshot.round(4))  # la copia conserva los valores antiguos
#> [[-0.0053  0.3793]]
