import torch
from torch import nn

torch.manual_seed(0)
model = torch.compile(nn.Linear(4, 1), backend="eager")
x = torch.randn(2, 4)
model(x)  # compilado una vez, en modo de gradientes

with torch.compiler.set_stance("fail_on_recompile"):
    try:
        with torch.no_grad():
            model(x)
    except RuntimeError as e:
        first, *reasons = str(e).splitlines()
        print(f"{type(e).__name__}: {first.split('. filename')[0]}")  # el resto: archivo, línea
        #> RuntimeError: Detected recompile when torch.compile stance is 'fail_on_recompile'
        print(reasons[-1].strip())
        #> - 0/0: GLOBAL_STATE changed: grad_mode

# Solución: calienta cada modo que vayas a usar y después prohíbe las recompilaciones.
with torch.no_grad():
    model(x)
with torch.compiler.set_stance("fail_on_recompile"):
    print(model(x).requires_grad)
    #> True
    with torch.no_grad():
        print(model(x).requires_grad)
        #> False
