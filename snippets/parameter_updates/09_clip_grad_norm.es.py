import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
(model(torch.randn(16, 4)) * 100).sum().backward()

total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # en modo de gradientes
print(round(total.item(), 2), total.requires_grad)
#> 1766.88 False
norm = torch.linalg.vector_norm(torch.cat([p.grad.flatten() for p in model.parameters()]))
print(round(norm.item(), 4))
#> 1.0

print(nn.utils.clip_grad_value_(model.parameters(), clip_value=0.1))  # no devuelve nada
#> None
print(round(model.weight.grad.abs().max().item(), 4))  # ahora ningún elemento pasa de 0.1
#> 0.1
