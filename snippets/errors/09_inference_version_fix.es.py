import torch

with torch.no_grad():  # no_grad, no inference_mode: un tensor normal
    t = torch.zeros(3)
    t.add_(1)
print(t.is_inference(), t._version)
#> False 1
