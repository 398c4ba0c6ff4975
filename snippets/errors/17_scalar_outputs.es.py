import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
out = model(torch.randn(4, 3))  # forma (4, 1): no es un escalar

try:
    out.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: grad can be implicitly created only for scalar outputs
