import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.randn(2, 3)  # an input: requires_grad=False

try:
    x.register_hook(lambda grad: print(grad))  # to see the input's gradient
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: cannot register a hook on a tensor that doesn't require gradient

with torch.no_grad():
    out = model(x)  # computed under no_grad: no graph
try:
    out.register_hook(lambda grad: print(grad))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: cannot register a hook on a tensor that doesn't require gradient
