import contextlib

import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)
encoder = nn.Linear(4, 3)  # its parameters require grad
images = torch.randn(8, 4)
head = nn.Linear(3, 1)


class Features(Dataset):
    """The encoder's output, computed in __getitem__ under `mode` (by default, the thread's own mode)."""

    def __init__(self, mode=contextlib.nullcontext):
        self.mode = mode

    def __len__(self):
        return len(images)

    def __getitem__(self, i):
        with self.mode():
            return encoder(images[i])


def first_batch(dataset, workers=0):
    fork = {"multiprocessing_context": "fork"} if workers else {}  # fork: Linux's default up to Python 3.13; Windows has no fork
    return next(iter(DataLoader(dataset, batch_size=4, num_workers=workers, **fork)))


x = first_batch(Features())  # num_workers=0: __getitem__ runs here, in grad mode
print(f"num_workers=0: x.requires_grad {x.requires_grad}, grad_fn {type(x.grad_fn).__name__}")
#> num_workers=0: x.requires_grad True, grad_fn StackBackward0
head(x).sum().backward()  # (1)!
print("the training step reached the encoder:", encoder.weight.grad is not None)
#> the training step reached the encoder: True

with torch.no_grad():
    x = first_batch(Features(), workers=2)  # (2)!
print(f"num_workers=2, loop inside no_grad: x.requires_grad {x.requires_grad}")
#> num_workers=2, loop inside no_grad: x.requires_grad False

x = first_batch(Features(torch.no_grad), workers=2)  # (3)!
print(f"num_workers=2, no_grad in __getitem__: x.requires_grad {x.requires_grad}")
#> num_workers=2, no_grad in __getitem__: x.requires_grad False

try:
    first_batch(Features(), workers=2)  # (4)!
except RuntimeError as e:
    lines = str(e).strip().splitlines()
    print(f"num_workers=2, grad mode: {type(e).__name__}: {lines[0]}")
    #> num_workers=2, grad mode: RuntimeError: Caught RuntimeError in DataLoader worker process 0.
    print(f"  ... {lines[-1]}")
    #>   ... RuntimeError: stack(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
