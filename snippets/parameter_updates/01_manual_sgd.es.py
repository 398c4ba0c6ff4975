import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, target = torch.randn(8, 3), torch.randn(8, 1)
lr = 0.1

loss = nn.functional.mse_loss(model(x), target)
loss.backward()
w = model.weight
print(w._version)
#> 1

with torch.no_grad():
    for p in model.parameters():
        p -= lr * p.grad  # (1)!
print(w.is_leaf, w.grad_fn, w.requires_grad, w._version)
#> True None True 2

for p in model.parameters():
    p.grad = None  # (2)!
new_loss = nn.functional.mse_loss(model(x), target)
print(f"pérdida {loss.item():.4f} -> {new_loss.item():.4f}")
#> pérdida 1.2095 -> 1.0555
