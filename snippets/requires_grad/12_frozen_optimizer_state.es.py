import torch
from torch import nn


def frozen_weight_kept(make_opt, set_to_none):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 4), nn.Linear(4, 1))
    opt = make_opt(model.parameters())  # todos los parámetros, también los congelados
    x = torch.randn(8, 4)
    for step in range(4):
        if step == 1:
            model[0].requires_grad_(False)  # congela tras un paso
            before = model[0].weight.clone()
        model(x).sum().backward()
        opt.step()
        opt.zero_grad(set_to_none=set_to_none)  # (1)!
    return torch.equal(model[0].weight, before)


optimizers = {
    "SGD": lambda p: torch.optim.SGD(p, lr=0.1),
    "SGD momentum=0.9": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    "SGD weight_decay=0.1": lambda p: torch.optim.SGD(p, lr=0.1, weight_decay=0.1),
    "AdamW": lambda p: torch.optim.AdamW(p, lr=0.1),
}
for name, make_opt in optimizers.items():
    kept_zeros = frozen_weight_kept(make_opt, set_to_none=False)
    kept_none = frozen_weight_kept(make_opt, set_to_none=True)
    print(f"{name:21} sin cambios: {kept_zeros!s:5} (set_to_none=False), {kept_none} (por defecto)")
    #> SGD                   sin cambios: True  (set_to_none=False), True (por defecto)
    #> SGD momentum=0.9      sin cambios: False (set_to_none=False), True (por defecto)
    #> SGD weight_decay=0.1  sin cambios: False (set_to_none=False), True (por defecto)
    #> AdamW                 sin cambios: False (set_to_none=False), True (por defecto)
