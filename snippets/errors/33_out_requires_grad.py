import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)
encoder = nn.Linear(4, 3)  # its parameters require grad
images = torch.randn(8, 4)


class Features(Dataset):
    def __len__(self):
        return len(images)

    def __getitem__(self, i):
        return encoder(images[i])  # runs in the worker, in grad mode: the sample requires grad


loader = DataLoader(Features(), batch_size=4, num_workers=1, multiprocessing_context="fork")  # fork: not on Windows
try:
    next(iter(loader))  # in a worker, default_collate stacks into shared memory with out=
except RuntimeError as e:
    lines = str(e).strip().splitlines()
    print(f"{type(e).__name__}: {lines[0]}")
    #> RuntimeError: Caught RuntimeError in DataLoader worker process 0.
    print(f"  ... {lines[-1]}")
    #>   ... RuntimeError: stack(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.

leaves = [torch.randn(3, requires_grad=True) for _ in range(4)]  # leaves that require grad fail too
try:
    torch.stack(leaves, out=torch.empty(4, 3))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: stack(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
