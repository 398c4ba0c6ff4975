import torch
from torch import nn


class RunningScale(nn.Module):
    def __init__(self, stat):
        super().__init__()
        self.lin = nn.Linear(3, 3)
        self.stat = stat  # elige el tensor a partir del que se calcula la estadística
        self.register_buffer("running_sq", torch.ones(3))

    def forward(self, x):
        h = self.lin(x)
        if self.training:  # modo de gradientes, sin bloque no_grad
            self.running_sq.mul_(0.9).add_(0.1 * self.stat(x, h).pow(2).mean(0))
        return h / self.running_sq.sqrt()


sources = {
    "input x": lambda x, h: x,  # no requiere gradiente
    "h.detach()": lambda x, h: h.detach(),  # no requiere gradiente
    "h": lambda x, h: h,  # requiere gradiente: el buffer entra en el grafo
}
for name, stat in sources.items():
    torch.manual_seed(0)
    model = RunningScale(stat)
    try:
        for step in (1, 2):
            model(torch.randn(4, 3)).pow(2).mean().backward()
        print(f"desde {name}: 2 pasos ok, buffer requires_grad={model.running_sq.requires_grad}")
        #> desde input x: 2 pasos ok, buffer requires_grad=False
        #> desde h.detach(): 2 pasos ok, buffer requires_grad=False
    except RuntimeError as e:
        print(f"desde {name}: {type(e).__name__} en el paso {step}")
        #> desde h: RuntimeError en el paso 2
