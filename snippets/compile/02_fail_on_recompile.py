import torch
from torch import nn

torch.manual_seed(0)
model = torch.compile(nn.Linear(4, 1), backend="eager")
x = torch.randn(2, 4)
model(x)  # compiled once, in grad mode

with torch.compiler.set_stance("fail_on_recompile"):
    try:
        with torch.no_grad():
            model(x)
    except RuntimeError as e:
        first, *reasons = str(e).splitlines()
        print(f"{type(e).__name__}: {first.split('. filename')[0]}")  # the rest: file, line
        #> RuntimeError: Detected recompile when torch.compile stance is 'fail_on_recompile'
        print(reasons[-1].strip())
        #> - 0/0: GLOBAL_STATE changed: grad_mode

# Fix: warm up every mode you will use, then forbid recompiles.
with torch.no_grad():
    model(x)
with torch.compiler.set_stance("fail_on_recompile"):
    print(model(x).requires_grad)
    #> True
    with torch.no_grad():
        print(model(x).requires_grad)
        #> False
