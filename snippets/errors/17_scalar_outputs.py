import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
out = model(torch.randn(4, 3))  # shape (4, 1): not a scalar

try:
    out.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: grad can be implicitly created only for scalar outputs
