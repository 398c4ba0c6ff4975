import copy

import torch
import torch.nn.functional as F
from torch import nn


class LoRALinear(nn.Module):
    """Un nn.Linear congelado más una actualización entrenable de rango bajo: base(x) + x A^T B^T * alpha / r."""

    def __init__(self, base, r=4, alpha=8):
        super().__init__()
        self.base = base
        self.A = nn.Parameter(torch.randn(r, base.in_features) / r**0.5)
        self.B = nn.Parameter(torch.zeros(base.out_features, r))  # ceros: el adaptador empieza sin cambiar nada
        self.scale = alpha / r

    def forward(self, x):
        return self.base(x) + x @ self.A.T @ self.B.T * self.scale


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 4))  # "preentrenado"
model.requires_grad_(False)  # (1)!
for i in [0, 2, 4]:
    model[i] = LoRALinear(model[i])  # los parámetros nuevos requieren gradiente
trainable = [p for p in model.parameters() if p.requires_grad]
print(f"parámetros {sum(p.numel() for p in model.parameters())}, entrenables {sum(p.numel() for p in trainable)} en {len(trainable)} tensores")
#> parámetros 2900, entrenables 656 en 6 tensores

optimizers = {
    "SGD": lambda params: torch.optim.SGD(params, lr=0.1, momentum=0.9, weight_decay=0.1),
    "AdamW": lambda params: torch.optim.AdamW(params, lr=0.1, weight_decay=0.1),
}
x, y = torch.randn(16, 32), torch.randint(0, 4, (16,))
for name, make_optimizer in optimizers.items():
    for everything in [False, True]:
        m = copy.deepcopy(model)
        opt = make_optimizer([p for p in m.parameters() if p.requires_grad or everything])  # (2)!
        frozen = [p for p in m.parameters() if not p.requires_grad]
        before = [p.clone() for p in frozen]
        for _ in range(3):
            opt.zero_grad()
            F.cross_entropy(m(x), y).backward()
            opt.step()
        given = "todos los parámetros" if everything else "los que requieren gradiente"
        states = sum(len(s) for s in opt.state.values())
        unchanged = all(torch.equal(p, b) for p, b in zip(frozen, before))
        print(f"{name}, {given}: {len(opt.param_groups[0]['params'])} tensores recibidos, estado para {len(opt.state)}, {states} tensores de estado; congelados: grad None {all(p.grad is None for p in frozen)}, sin cambios {unchanged}")
        #> SGD, los que requieren gradiente: 6 tensores recibidos, estado para 6, 6 tensores de estado; congelados: grad None True, sin cambios True
        #> SGD, todos los parámetros: 12 tensores recibidos, estado para 6, 6 tensores de estado; congelados: grad None True, sin cambios True
        #> AdamW, los que requieren gradiente: 6 tensores recibidos, estado para 6, 18 tensores de estado; congelados: grad None True, sin cambios True
        #> AdamW, todos los parámetros: 12 tensores recibidos, estado para 6, 18 tensores de estado; congelados: grad None True, sin cambios True

# Congelar después de añadir los adaptadores también los congela.
late = copy.deepcopy(model).requires_grad_(False)
try:
    torch.optim.AdamW([p for p in late.parameters() if p.requires_grad])  # (3)!
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: optimizer got an empty parameter list

# Descongelar una capa más tarde: el optimizador no la tiene hasta add_param_group.
m = copy.deepcopy(model)
opt = torch.optim.AdamW([p for p in m.parameters() if p.requires_grad])
head = m[4].base.weight.requires_grad_(True)
before = head.clone()
for added in [False, True]:
    if added:
        opt.add_param_group({"params": [head]})  # (4)!
    opt.zero_grad()
    F.cross_entropy(m(x), y).backward()
    opt.step()
    print(f"descongelado, add_param_group {added}: grad asignado {head.grad is not None}, movido {not torch.equal(head, before)}")
    #> descongelado, add_param_group False: grad asignado True, movido False
    #> descongelado, add_param_group True: grad asignado True, movido True
