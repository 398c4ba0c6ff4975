import contextlib

import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)
encoder = nn.Linear(4, 3)  # sus parámetros requieren gradientes
images = torch.randn(8, 4)
head = nn.Linear(3, 1)


class Features(Dataset):
    """La salida de encoder, calculada en __getitem__ bajo `mode` (por defecto, el modo del propio hilo)."""

    def __init__(self, mode=contextlib.nullcontext):
        self.mode = mode

    def __len__(self):
        return len(images)

    def __getitem__(self, i):
        with self.mode():
            return encoder(images[i])


def first_batch(dataset, workers=0):
    fork = {"multiprocessing_context": "fork"} if workers else {}  # fork: el predeterminado en Linux hasta Python 3.13; Windows no tiene fork
    return next(iter(DataLoader(dataset, batch_size=4, num_workers=workers, **fork)))


x = first_batch(Features())  # num_workers=0: __getitem__ se ejecuta aquí, en modo de gradientes
print(f"num_workers=0: x.requires_grad {x.requires_grad}, grad_fn {type(x.grad_fn).__name__}")
#> num_workers=0: x.requires_grad True, grad_fn StackBackward0
head(x).sum().backward()  # (1)!
print("el paso de entrenamiento llegó a encoder:", encoder.weight.grad is not None)
#> el paso de entrenamiento llegó a encoder: True

with torch.no_grad():
    x = first_batch(Features(), workers=2)  # (2)!
print(f"num_workers=2, bucle dentro de no_grad: x.requires_grad {x.requires_grad}")
#> num_workers=2, bucle dentro de no_grad: x.requires_grad False

x = first_batch(Features(torch.no_grad), workers=2)  # (3)!
print(f"num_workers=2, no_grad en __getitem__: x.requires_grad {x.requires_grad}")
#> num_workers=2, no_grad en __getitem__: x.requires_grad False

try:
    first_batch(Features(), workers=2)  # (4)!
except RuntimeError as e:
    lines = str(e).strip().splitlines()
    print(f"num_workers=2, modo de gradientes: {type(e).__name__}: {lines[0]}")
    #> num_workers=2, modo de gradientes: RuntimeError: Caught RuntimeError in DataLoader worker process 0.
    print(f"  ... {lines[-1]}")
    #>   ... RuntimeError: stack(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
