import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
G = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 16))
D = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 1))
opt_g = torch.optim.SGD(G.parameters(), lr=0.1)
opt_d = torch.optim.SGD(D.parameters(), lr=0.1)
z, real = torch.randn(64, 8), torch.randn(64, 16)
ones, zeros = torch.ones(64, 1), torch.zeros(64, 1)
bce = F.binary_cross_entropy_with_logits

# Mal: el paso del generador con un fake creado bajo no_grad (o separado). Los pesos de D
# siguen requiriendo gradientes, así que backward() se ejecuta sin error, y G no aprende nada.
with torch.no_grad():
    fake = G(z)
bce(D(fake), ones).backward()  # (1)!
print("paso del generador bajo no_grad, G tiene gradientes:", G[0].weight.grad is not None)
#> paso del generador bajo no_grad, G tiene gradientes: False

# Bien: una sola pasada hacia adelante de G sirve para los dos pasos.
opt_g.zero_grad()
opt_d.zero_grad()
fake = G(z)
loss_d = bce(D(real), ones) + bce(D(fake.detach()), zeros)  # paso de D: G queda separado
loss_d.backward()
opt_d.step()
d_grad = D[0].weight.grad.clone()
D.requires_grad_(False)  # (2)!
loss_g = bce(D(fake), ones)  # paso de G: a través de D, de vuelta hasta G
loss_g.backward()
opt_g.step()
D.requires_grad_(True)
print("G tiene gradientes:", G[0].weight.grad is not None, "| gradientes de D sin cambios:", torch.equal(D[0].weight.grad, d_grad))
#> G tiene gradientes: True | gradientes de D sin cambios: True

# Mal orden: la pérdida del generador, creada antes del paso de D, guarda los pesos viejos de D.
opt_g.zero_grad()
opt_d.zero_grad()
fake = G(z)
loss_g = bce(D(fake), ones)  # demasiado pronto
loss_d = bce(D(real), ones) + bce(D(fake.detach()), zeros)
loss_d.backward()
opt_d.step()  # cambia los pesos de D in-place
try:
    loss_g.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e).split(':')[0]}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation
