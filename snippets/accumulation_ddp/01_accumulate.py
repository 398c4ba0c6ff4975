import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
reference = copy.deepcopy(model)  # same starting weights
data, target = torch.randn(16, 4), torch.randn(16, 1)
loss_fn = nn.MSELoss()  # mean over the batch
k = 4  # micro-batches per optimizer step

# Reference: one step per batch of 8
opt = torch.optim.SGD(reference.parameters(), lr=0.1)
for x, y in zip(data.split(8), target.split(8)):
    loss_fn(reference(x), y).backward()
    opt.step()
    opt.zero_grad()

# Accumulation: micro-batches of 2, one step every k of them
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for i, (x, y) in enumerate(zip(data.split(2), target.split(2)), start=1):
    loss = loss_fn(model(x), y) / k  # (1)!
    loss.backward()  # adds into .grad
    if i % k == 0:
        opt.step()
        opt.zero_grad()  # (2)!

# Same sums in another order: equal up to float rounding, not bit for bit
print("weights equal bit for bit:", torch.equal(model.weight, reference.weight))
#> weights equal bit for bit: False
print("weights allclose:", torch.allclose(model.weight, reference.weight))
#> weights allclose: True
print(f"largest weight difference: {(model.weight - reference.weight).abs().max():.0e}")
#> largest weight difference: 1e-08
print("bias equal bit for bit:", torch.equal(model.bias, reference.bias))
#> bias equal bit for bit: True
print("bias allclose:", torch.allclose(model.bias, reference.bias))
#> bias allclose: True
