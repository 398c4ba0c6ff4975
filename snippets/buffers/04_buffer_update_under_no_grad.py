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
            with torch.no_grad():  # the fix: the statistic is not part of the graph
                self.running_sq.mul_(0.9).add_(0.1 * h.pow(2).mean(0))
        return h / self.running_sq.sqrt()


torch.manual_seed(0)
model = RunningScale()
for step in range(2):
    loss = model(torch.randn(4, 3)).pow(2).mean()
    buf = model.running_sq
    print(f"step {step}: buffer requires_grad={buf.requires_grad} is_leaf={buf.is_leaf}")
    #> step 0: buffer requires_grad=False is_leaf=True
    #> step 1: buffer requires_grad=False is_leaf=True
    loss.backward()
print("two steps: ok")
#> two steps: ok
