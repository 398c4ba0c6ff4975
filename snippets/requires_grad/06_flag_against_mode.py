import torch
from torch import nn

layer = nn.Linear(2, 1)
x = torch.ones(1, 2)

with torch.no_grad():  # a mode: this thread, this block, every tensor
    print(layer.weight.requires_grad, layer(x).requires_grad)
    #> True False
print(layer(x).requires_grad)  # the block is over: tracked again
#> True

layer.weight.requires_grad_(False)  # a flag: this tensor, until changed
print(layer(x).requires_grad)  # still tracked: the bias requires grad
#> True
layer.bias.requires_grad_(False)
print(layer(x).requires_grad)
#> False
