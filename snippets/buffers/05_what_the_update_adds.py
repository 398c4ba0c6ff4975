import torch
from torch import nn


class RunningScale(nn.Module):
    def __init__(self, stat):
        super().__init__()
        self.lin = nn.Linear(3, 3)
        self.stat = stat  # picks the tensor the statistic is computed from
        self.register_buffer("running_sq", torch.ones(3))

    def forward(self, x):
        h = self.lin(x)
        if self.training:  # grad mode, no no_grad block
            self.running_sq.mul_(0.9).add_(0.1 * self.stat(x, h).pow(2).mean(0))
        return h / self.running_sq.sqrt()


sources = {
    "input x": lambda x, h: x,  # does not require grad
    "h.detach()": lambda x, h: h.detach(),  # does not require grad
    "h": lambda x, h: h,  # requires grad: the buffer joins the graph
}
for name, stat in sources.items():
    torch.manual_seed(0)
    model = RunningScale(stat)
    try:
        for step in (1, 2):
            model(torch.randn(4, 3)).pow(2).mean().backward()
        print(f"from {name}: 2 steps ok, buffer requires_grad={model.running_sq.requires_grad}")
        #> from input x: 2 steps ok, buffer requires_grad=False
        #> from h.detach(): 2 steps ok, buffer requires_grad=False
    except RuntimeError as e:
        print(f"from {name}: {type(e).__name__} at backward {step}")
        #> from h: RuntimeError at backward 2
