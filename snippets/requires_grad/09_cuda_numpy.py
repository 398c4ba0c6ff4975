# requires: cuda
import torch

w = torch.ones(2, device="cuda", requires_grad=True)

try:
    w.detach().numpy()  # detached, but still on the GPU
except TypeError as e:
    print(type(e).__name__)
    #> TypeError

print(w.detach().cpu().numpy())  # a copy in CPU memory
#> [1. 1.]
print(w.numpy(force=True))  # detach and copy in one call
#> [1. 1.]
