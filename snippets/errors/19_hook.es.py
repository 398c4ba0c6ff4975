import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.randn(2, 3)  # una entrada: requires_grad=False

try:
    x.register_hook(lambda grad: print(grad))  # para ver el gradiente de la entrada
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: cannot register a hook on a tensor that doesn't require gradient

with torch.no_grad():
    out = model(x)  # calculado con no_grad: sin grafo
try:
    out.register_hook(lambda grad: print(grad))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: cannot register a hook on a tensor that doesn't require gradient
