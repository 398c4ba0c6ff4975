import torch
import torch.nn.functional as F
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
G = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 16))  # generador
D = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 1))  # discriminador
z, real = torch.randn(64, 8), torch.randn(64, 16)
ones, zeros = torch.ones(64, 1), torch.zeros(64, 1)
bce = F.binary_cross_entropy_with_logits


def fake_detached():
    return G(z).detach()  # (1)!


def fake_under_no_grad():
    with torch.no_grad():  # (2)!
        return G(z)


# El paso del discriminador: D aprende de muestras reales y falsas; G no debe cambiar.
d_grads = []
for label, make_fake in [("detach()", fake_detached), ("no_grad", fake_under_no_grad)]:
    saved = []  # lo que autograd guarda para una pasada hacia atrás a través de G (contado, no conservado)
    with saved_tensors_hooks(lambda t: saved.append(t.shape) or t.detach(), lambda t: t):
        fake = make_fake()
    D.zero_grad()
    G.zero_grad()
    loss_d = bce(D(real), ones) + bce(D(fake), zeros)
    loss_d.backward()
    d_grads.append(D[0].weight.grad.clone())
    print(f"{label}: G registra {len(saved)} guardados, G tiene gradientes: {G[0].weight.grad is not None}")
    #> detach(): G registra 4 guardados, G tiene gradientes: False
    #> no_grad: G registra 0 guardados, G tiene gradientes: False
print("gradientes de D iguales de las dos formas:", torch.equal(*d_grads))
#> gradientes de D iguales de las dos formas: True
