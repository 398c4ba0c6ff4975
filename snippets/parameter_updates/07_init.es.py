import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(4, 4)

try:
    layer.weight.uniform_(-1, 1)  # en modo de gradientes
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

nn.init.kaiming_uniform_(layer.weight)  # por dentro se ejecuta bajo no_grad
nn.init.zeros_(layer.bias)
print(layer.weight.is_leaf, layer.weight.requires_grad, layer.bias.sum().item())
#> True True 0.0
