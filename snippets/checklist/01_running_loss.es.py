import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, target = torch.randn(8, 4), torch.randn(8, 1)

total = torch.zeros((), device=x.device)  # en el dispositivo de los datos, y de la pérdida
per_step = []
for _ in range(3):
    loss = nn.functional.mse_loss(model(x), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    total += loss.detach()  # un tensor sin grafo, sumado en float32 en ese dispositivo
    per_step.append(loss.item())  # leído en la CPU en cada paso, sumado en float64
print(total.requires_grad, total.grad_fn, total.dtype)
#> False None torch.float32
print(total.item() == sum(per_step))  # no son iguales bit a bit
#> False
print(round(total.item() / 3, 4), round(sum(per_step) / 3, 4))  # un solo .item(), al final
#> 2.2648 2.2648
