import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU())
head = nn.Linear(256, 10)
x = torch.randn(32, 64)


def saved_by_forward():
    saved = []
    with saved_tensors_hooks(lambda t: saved.append(t) or t.detach(), lambda t: t):  # detach: sin ciclo
        head(backbone(x))
    # activaciones nuevas: tensores guardados que no son ni la entrada ni un peso
    weights = [*backbone.parameters(), *head.parameters()]
    existing = {t.data_ptr() for t in [x, *weights]}
    new = {t.data_ptr(): t.nbytes for t in saved if t.data_ptr() not in existing}
    return f"{len(saved)} guardado(s); activaciones nuevas: {len(new)}, {sum(new.values()) // 1024} KiB"


print("todo entrenable:     ", saved_by_forward())
#> todo entrenable:      7 guardado(s); activaciones nuevas: 2, 64 KiB
backbone.requires_grad_(False)
print("red base congelada:  ", saved_by_forward())
#> red base congelada:   1 guardado(s); activaciones nuevas: 1, 32 KiB

backbone.requires_grad_(True)
backbone[2].requires_grad_(False)  # una capa congelada después de una entrenable
print("capa media congelada:", saved_by_forward())
#> capa media congelada: 6 guardado(s); activaciones nuevas: 2, 64 KiB
