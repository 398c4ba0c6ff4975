import torch
from torch import nn

with torch.inference_mode():
    t = torch.ones(3)
    clone_inside = t.clone()

shifted = t + 1  # un tensor nuevo, creado fuera del modo: un tensor normal
clone_outside = t.clone()
print(shifted.is_inference(), clone_outside.is_inference(), clone_inside.is_inference())
#> False False True

layer = nn.Linear(3, 1)
with torch.inference_mode():
    layer.weight.mul_(0.5)  # in-place sobre un tensor normal, incluso un Parameter
print(layer.weight.is_inference(), layer.weight.requires_grad)
#> False True
