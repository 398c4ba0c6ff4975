import copy

import torch
import torch.nn.functional as F
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
q = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))  # la red en línea
target = copy.deepcopy(q).requires_grad_(False)  # la red objetivo: una copia congelada
s, s2 = torch.randn(16, 4), torch.randn(16, 4)  # estados y estados siguientes
a = torch.randint(0, 2, (16, 1))  # acciones tomadas
r, done = torch.randn(16, 1), torch.zeros(16, 1)  # recompensas; ningún episodio ha terminado
gamma = 0.99


def double_dqn_target():
    best = q(s2).argmax(1, keepdim=True)  # la red en línea elige la acción siguiente
    return r + gamma * (1 - done) * target(s2).gather(1, best)  # la red objetivo la valora


def q_grad(y):
    q.zero_grad()
    F.smooth_l1_loss(q(s).gather(1, a), y).backward()
    return q[0].weight.grad.clone()


# El objetivo TD con red objetivo, bajo no_grad y en modo de gradientes.
grads = {}
for name in ["no_grad", "grad mode"]:
    saved = []  # los tensores que autograd guarda al calcular el objetivo (contados, no conservados)
    with saved_tensors_hooks(lambda t: saved.append(t.shape) or t.detach(), lambda t: t):
        with torch.set_grad_enabled(name == "grad mode"):  # (1)!
            y = double_dqn_target()
    grads[name] = q_grad(y)
    print(f"{name}: {len(saved)} tensores guardados al calcular el objetivo, el objetivo requiere gradiente {y.requires_grad}")
    #> no_grad: 0 tensores guardados al calcular el objetivo, el objetivo requiere gradiente False
    #> grad mode: 4 tensores guardados al calcular el objetivo, el objetivo requiere gradiente False
print("el mismo gradiente para q:", torch.equal(*grads.values()))
#> el mismo gradiente para q: True

# Sin red objetivo, el valor de bootstrapping sale de la propia q.
with torch.no_grad():
    y = r + gamma * (1 - done) * q(s2).max(1, keepdim=True).values
semi_gradient = q_grad(y)  # el de TD: el objetivo es una constante
y = r + gamma * (1 - done) * q(s2).max(1, keepdim=True).values  # (2)!
print("el objetivo requiere gradiente:", y.requires_grad)
#> el objetivo requiere gradiente: True
print("el mismo gradiente que TD:", torch.equal(q_grad(y), semi_gradient))
#> el mismo gradiente que TD: False
print("con detach(), el mismo gradiente que TD:", torch.equal(q_grad(y.detach()), semi_gradient))
#> con detach(), el mismo gradiente que TD: True

# inference_mode en vez de no_grad: la pérdida guarda su objetivo para la pasada hacia atrás.
with torch.inference_mode():
    y = double_dqn_target()
try:
    q_grad(y)  # (3)!
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.
