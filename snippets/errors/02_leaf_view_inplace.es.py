import torch
from torch import nn

model = nn.Linear(3, 2)

try:
    model.weight[0] -= 1  # en modo de gradientes, sobre una fila del peso
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: a view of a leaf Variable that requires grad is being used in an in-place operation.

try:
    model.weight.view(-1).zero_()  # cualquier vista suya: el mismo error
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: a view of a leaf Variable that requires grad is being used in an in-place operation.
