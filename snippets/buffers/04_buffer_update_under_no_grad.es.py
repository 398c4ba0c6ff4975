import torch
from torch import nn


class RunningScale(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 3)
        self.register_buffer("running_sq", torch.ones(3))

    def forward(self, x):
        h = self.lin(x)
        if self.training:
            with torch.no_grad():  # la solución: la estadística no forma parte del grafo
                self.running_sq.mul_(0.9).add_(0.1 * h.pow(2).mean(0))
        return h / self.running_sq.sqrt()


torch.manual_seed(0)
model = RunningScale()
for step in range(2):
    loss = model(torch.randn(4, 3)).pow(2).mean()
    buf = model.running_sq
    print(f"paso {step}: buffer requires_grad={buf.requires_grad} is_leaf={buf.is_leaf}")
    #> paso 0: buffer requires_grad=False is_leaf=True
    #> paso 1: buffer requires_grad=False is_leaf=True
    loss.backward()
print("dos pasos: ok")
#> dos pasos: ok
