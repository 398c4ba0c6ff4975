import torch
from torch import nn


class RunningScale(nn.Module):
    """Divide por un RMS acumulado en un buffer (una capa tipo BatchNorm escrita a mano)."""

    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 3)
        self.register_buffer("running_sq", torch.ones(3))

    def forward(self, x):
        h = self.lin(x)
        if self.training:
            self.running_sq.mul_(0.9).add_(0.1 * h.pow(2).mean(0))  # en modo de gradientes
        return h / self.running_sq.sqrt()


torch.manual_seed(0)
model = RunningScale()
for step in range(2):
    loss = model(torch.randn(4, 3)).pow(2).mean()
    buf = model.running_sq
    print(f"paso {step}: buffer requires_grad={buf.requires_grad} is_leaf={buf.is_leaf}")
    #> paso 0: buffer requires_grad=True is_leaf=False
    #> paso 1: buffer requires_grad=True is_leaf=False
    try:
        loss.backward()
        print(f"paso {step}: backward() sin errores")
        #> paso 0: backward() sin errores
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.

model.requires_grad_(False)  # solo toca los parámetros
print("tras requires_grad_(False):", model.running_sq.requires_grad)
#> tras requires_grad_(False): True
