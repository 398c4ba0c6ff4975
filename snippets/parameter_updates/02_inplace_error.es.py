import torch
from torch import nn

model = nn.Linear(3, 1)
model(torch.ones(2, 3)).sum().backward()

try:
    for p in model.parameters():
        p -= 0.1 * p.grad  # en modo de gradientes
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
