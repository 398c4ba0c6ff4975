import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, target = torch.randn(8, 4), torch.randn(8, 1)

total = torch.zeros((), device=x.device)  # on the device of the data, and of the loss
per_step = []
for _ in range(3):
    loss = nn.functional.mse_loss(model(x), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    total += loss.detach()  # a tensor with no graph, summed in float32 on that device
    per_step.append(loss.item())  # read on the host at every step, summed in float64
print(total.requires_grad, total.grad_fn, total.dtype)
#> False None torch.float32
print(total.item() == sum(per_step))  # not equal to the last bit
#> False
print(round(total.item() / 3, 4), round(sum(per_step) / 3, 4))  # one .item(), at the end
#> 2.2648 2.2648
