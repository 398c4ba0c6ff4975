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
        with torch.no_grad():  # la muestra son datos: sin grafo, esté el worker en el modo que esté
            return encoder(images[i])


loader = DataLoader(Features(), batch_size=4, num_workers=1, multiprocessing_context="fork")  # fork: no existe en Windows
x = next(iter(loader))
print(f"lote de un worker: forma {tuple(x.shape)}, requires_grad {x.requires_grad}")
#> lote de un worker: forma (4, 3), requires_grad False

leaves = [torch.randn(3, requires_grad=True) for _ in range(4)]
out = torch.stack([t.detach() for t in leaves], out=torch.empty(4, 3))  # con detach(): nada que derivar
print(f"torch.stack(..., out=...) de tensores con detach(): forma {tuple(out.shape)}, requires_grad {out.requires_grad}")
#> torch.stack(..., out=...) de tensores con detach(): forma (4, 3), requires_grad False
