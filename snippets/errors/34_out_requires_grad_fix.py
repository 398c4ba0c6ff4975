import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)
encoder = nn.Linear(4, 3)
images = torch.randn(8, 4)


class Features(Dataset):
    def __len__(self):
        return len(images)

    def __getitem__(self, i):
        with torch.no_grad():  # the sample is data: no graph, whatever mode the worker is in
            return encoder(images[i])


loader = DataLoader(Features(), batch_size=4, num_workers=1, multiprocessing_context="fork")  # fork: not on Windows
x = next(iter(loader))
print(f"batch from a worker: shape {tuple(x.shape)}, requires_grad {x.requires_grad}")
#> batch from a worker: shape (4, 3), requires_grad False

leaves = [torch.randn(3, requires_grad=True) for _ in range(4)]
out = torch.stack([t.detach() for t in leaves], out=torch.empty(4, 3))  # detached: nothing to differentiate
print(f"torch.stack(..., out=...) of detached tensors: shape {tuple(out.shape)}, requires_grad {out.requires_grad}")
#> torch.stack(..., out=...) of detached tensors: shape (4, 3), requires_grad False
