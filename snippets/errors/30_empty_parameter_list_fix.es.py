import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
model.requires_grad_(False)  # primero congelar...
model[2] = nn.Linear(4, 3)  # ...después añadir la parte entrenable: sus parámetros requieren gradientes
opt = torch.optim.AdamW(filter(lambda p: p.requires_grad, model.parameters()))
print("tensores recibidos:", len(opt.param_groups[0]["params"]))
#> tensores recibidos: 2

params = list(model.requires_grad_(True).parameters())  # una lista se puede volver a leer
print("parámetros:", sum(p.numel() for p in params))
#> parámetros: 35
opt = torch.optim.AdamW(params)
print("tensores recibidos:", len(opt.param_groups[0]["params"]))
#> tensores recibidos: 4
