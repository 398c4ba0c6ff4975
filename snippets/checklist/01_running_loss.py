import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, target = torch.randn(8, 4), torch.randn(8, 1)

total = torch.zeros(())
per_step = []
for _ in range(3):
    loss = nn.functional.mse_loss(model(x), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    total += loss.detach()  # a tensor with no graph, on the loss's device
    per_step.append(loss.item())  # the same value, read on the host at every step
print(total.requires_grad, total.grad_fn)
#> False None
print(round(total.item() / 3, 4), round(sum(per_step) / 3, 4))  # one .item(), at the end
#> 2.2648 2.2648
