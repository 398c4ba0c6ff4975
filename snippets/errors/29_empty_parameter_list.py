import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))  # "pretrained"
model[2] = nn.Linear(4, 3)  # a new head for the new task...
model.requires_grad_(False)  # ...frozen with the rest: the freeze comes after it
try:
    torch.optim.AdamW(filter(lambda p: p.requires_grad, model.parameters()))
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: optimizer got an empty parameter list

params = model.requires_grad_(True).parameters()  # a generator: it can be read once
print("parameters:", sum(p.numel() for p in params))
#> parameters: 35
try:
    torch.optim.AdamW(params)  # the same generator, already exhausted
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: optimizer got an empty parameter list
