import torch
from torch import nn


class RunningScale(nn.Module):
    """Divides by a running RMS kept in a buffer (a hand-written BatchNorm-like layer)."""

    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 3)
        self.register_buffer("running_sq", torch.ones(3))

    def forward(self, x):
        h = self.lin(x)
        if self.training:
            self.running_sq.mul_(0.9).add_(0.1 * h.pow(2).mean(0))  # in grad mode
        return h / self.running_sq.sqrt()


torch.manual_seed(0)
model = RunningScale()
for step in range(2):
    loss = model(torch.randn(4, 3)).pow(2).mean()
    buf = model.running_sq
    print(f"step {step}: buffer requires_grad={buf.requires_grad} is_leaf={buf.is_leaf}")
    #> step 0: buffer requires_grad=True is_leaf=False
    #> step 1: buffer requires_grad=True is_leaf=False
    try:
        loss.backward()
        print(f"step {step}: backward ok")
        #> step 0: backward ok
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.

model.requires_grad_(False)  # touches parameters only
print("after requires_grad_(False):", model.running_sq.requires_grad)
#> after requires_grad_(False): True
