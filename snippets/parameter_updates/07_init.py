import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(4, 4)

try:
    layer.weight.uniform_(-1, 1)  # in grad mode
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

nn.init.kaiming_uniform_(layer.weight)  # runs under no_grad internally
nn.init.zeros_(layer.bias)
print(layer.weight.is_leaf, layer.weight.requires_grad, layer.bias.sum().item())
#> True True 0.0
