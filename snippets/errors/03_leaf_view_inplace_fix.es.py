import torch
from torch import nn

model = nn.Linear(3, 2)
before = model.weight[0].tolist()

with torch.no_grad():  # modifica parte de un peso sin que se registre
    model.weight[0] -= 1
print([round(a - b, 4) for a, b in zip(model.weight[0].tolist(), before)])
#> [-1.0, -1.0, -1.0]

with torch.no_grad():
    model.weight.view(-1).zero_()
print(model.weight.abs().sum().item())
#> 0.0
print(model.weight.is_leaf, model.weight.requires_grad, model.weight.grad_fn)
#> True True None
