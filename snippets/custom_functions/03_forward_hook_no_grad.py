import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
x = torch.randn(3, 4)
stored = []
handle = model[1].register_forward_hook(lambda module, args, output: stored.append(output))

with torch.no_grad():
    model(x)
model(x)
print("hook calls:", len(stored))
#> hook calls: 2
print("under no_grad:", stored[0].grad_fn)
#> under no_grad: None
print("in grad mode: ", type(stored[1].grad_fn).__name__)  # part of the graph
#> in grad mode:  ReluBackward0

# the fix: store a detached copy
handle.remove()
stored.clear()
model[1].register_forward_hook(lambda module, args, output: stored.append(output.detach()))
model(x)
print("detached:", stored[0].grad_fn)
#> detached: None
