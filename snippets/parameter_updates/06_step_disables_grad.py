import torch
import torch.optim.sgd as sgd_module
from torch import nn

seen = []
sgd_update = sgd_module.sgd  # the function SGD.step calls to update parameters


def spy(*args, **kwargs):
    seen.append(torch.is_grad_enabled())
    return sgd_update(*args, **kwargs)


sgd_module.sgd = spy
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model(torch.ones(1, 2)).sum().backward()

opt.step()  # called in grad mode
print("inside step:", seen, "after step:", torch.is_grad_enabled())
#> inside step: [False] after step: True
