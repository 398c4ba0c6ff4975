import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
ema = copy.deepcopy(model)  # a copy: its parameters require grad too
decay = 0.9


def update_ema():
    for e, p in zip(ema.parameters(), model.parameters()):
        e.mul_(decay).add_(p, alpha=1 - decay)


try:
    update_ema()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

with torch.no_grad():
    model.weight.add_(1.0)  # pretend a training step moved the model
    update_ema()
print(torch.allclose(ema.weight, model.weight - 0.9))  # moved 10% of the way
#> True
