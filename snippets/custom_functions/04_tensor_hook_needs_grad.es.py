import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(3, 4)

with torch.no_grad():  # p. ej., un paso de explicabilidad dentro de un bucle de evaluación
    out = model(x)
print("requires_grad:", out.requires_grad)
#> requires_grad: False
try:
    out.register_hook(lambda grad: print("grad:", grad.shape))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: cannot register a hook on a tensor that doesn't require gradient
