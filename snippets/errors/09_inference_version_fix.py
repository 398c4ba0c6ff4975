import torch

with torch.no_grad():  # no_grad, not inference_mode: a normal tensor
    t = torch.zeros(3)
    t.add_(1)
print(t.is_inference(), t._version)
#> False 1
