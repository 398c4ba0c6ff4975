import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 256), nn.ReLU())
head = nn.Linear(256, 10)
x = torch.randn(32, 64)


def saved_by_forward():
    saved = []
    with saved_tensors_hooks(lambda t: saved.append(t) or t, lambda t: t):
        head(backbone(x))
    return len(saved)


print("all trainable:", saved_by_forward())
#> all trainable: 7
backbone.requires_grad_(False)
print("backbone frozen:", saved_by_forward())
#> backbone frozen: 1
