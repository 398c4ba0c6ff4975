import torch

with torch.no_grad():  # no_grad en lugar de inference_mode: un tensor normal
    t = torch.zeros(3)
    t.add_(1)
print(t.is_inference(), t._version)
#> False 1
