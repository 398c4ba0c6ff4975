import torch
from torch import nn

with torch.inference_mode():
    t = torch.ones(3)
    clone_inside = t.clone()

shifted = t + 1  # out-of-place outside the mode: a normal tensor
clone_outside = t.clone()
print(shifted.is_inference(), clone_outside.is_inference(), clone_inside.is_inference())
#> False False True

layer = nn.Linear(3, 1)
with torch.inference_mode():
    layer.weight.mul_(0.5)  # in place on a normal tensor, even a Parameter
print(layer.weight.is_inference(), layer.weight.requires_grad)
#> False True
