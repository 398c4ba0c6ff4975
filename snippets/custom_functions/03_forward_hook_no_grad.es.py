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
print("llamadas al hook:", len(stored))
#> llamadas al hook: 2
print("bajo no_grad:         ", stored[0].grad_fn)
#> bajo no_grad:          None
print("en modo de gradientes:", type(stored[1].grad_fn).__name__)  # parte del grafo
#> en modo de gradientes: ReluBackward0

# la solución: guardar una copia separada con detach()
handle.remove()
stored.clear()
model[1].register_forward_hook(lambda module, args, output: stored.append(output.detach()))
model(x)
print("con detach():", stored[0].grad_fn)
#> con detach(): None
