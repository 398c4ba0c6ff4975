import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
ema = copy.deepcopy(model)  # una copia: sus parámetros también requieren gradientes
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
    model.weight.add_(1.0)  # como si un paso de entrenamiento hubiera movido el modelo
    update_ema()
print(torch.allclose(ema.weight, model.weight - 0.9))  # recorrió el 10 % del camino
#> True
