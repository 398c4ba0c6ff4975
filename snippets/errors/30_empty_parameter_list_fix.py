import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
model.requires_grad_(False)  # freeze first...
model[2] = nn.Linear(4, 3)  # ...then add the trainable part: its parameters require grad
opt = torch.optim.AdamW(filter(lambda p: p.requires_grad, model.parameters()))
print("tensors given:", len(opt.param_groups[0]["params"]))
#> tensors given: 2

params = list(model.requires_grad_(True).parameters())  # a list can be read again
print("parameters:", sum(p.numel() for p in params))
#> parameters: 35
opt = torch.optim.AdamW(params)
print("tensors given:", len(opt.param_groups[0]["params"]))
#> tensors given: 4
