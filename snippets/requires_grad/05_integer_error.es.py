import torch

labels = torch.tensor([0, 1, 2])
try:
    labels.requires_grad_()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: only Tensors of floating point dtype can require gradients

print(labels.float().requires_grad_().requires_grad)
#> True
print(torch.zeros(2, dtype=torch.complex64).requires_grad_().requires_grad)  # también funciona con complejos
#> True
