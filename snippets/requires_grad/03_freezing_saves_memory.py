import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU())
head = nn.Linear(256, 10)
x = torch.randn(32, 64)


def saved_by_forward():
    saved = []
    with saved_tensors_hooks(lambda t: saved.append(t) or t.detach(), lambda t: t):  # detach: no cycle
        head(backbone(x))
    # new activations: saved tensors that are neither the input nor a weight
    weights = [*backbone.parameters(), *head.parameters()]
    existing = {t.data_ptr() for t in [x, *weights]}
    new = {t.data_ptr(): t.nbytes for t in saved if t.data_ptr() not in existing}
    return f"{len(saved)} saved; new activations: {len(new)}, {sum(new.values()) // 1024} KiB"


print("all trainable:  ", saved_by_forward())
#> all trainable:   7 saved; new activations: 2, 64 KiB
backbone.requires_grad_(False)
print("backbone frozen:", saved_by_forward())
#> backbone frozen: 1 saved; new activations: 1, 32 KiB

backbone.requires_grad_(True)
backbone[2].requires_grad_(False)  # a frozen layer after a trainable one
print("middle frozen:  ", saved_by_forward())
#> middle frozen:   6 saved; new activations: 2, 64 KiB
