import copy

import torch
from torch import nn

torch.manual_seed(0)
q = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))
tau = 0.005  # la parte de los pesos en línea que se mezcla en la red objetivo en cada actualización


def graph_behind(t):
    """Cuántos nodos de autograd tiene el historial de un tensor (0 para una hoja)."""
    seen, todo = set(), [t.grad_fn]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo.extend(next_node for next_node, _ in node.next_functions)
    return len(seen)


def soft_update(target):
    for p_target, p in zip(target.parameters(), q.parameters()):
        p_target.lerp_(p, tau)  # p_target + tau * (p - p_target), in-place


for mode in ["no_grad", "grad mode"]:
    target = copy.deepcopy(q).requires_grad_(False)
    for _ in range(100):  # una actualización suave por paso de entrenamiento
        if mode == "no_grad":
            with torch.no_grad():  # (1)!
                soft_update(target)
        else:
            soft_update(target)  # (2)!
    w = target[0].weight
    print(f"{mode}, 100 actualizaciones: hoja {w.is_leaf}, requiere gradiente {w.requires_grad}, nodos del grafo {graph_behind(w)}")
    #> no_grad, 100 actualizaciones: hoja True, requiere gradiente False, nodos del grafo 0
    #> grad mode, 100 actualizaciones: hoja False, requiere gradiente True, nodos del grafo 101

# La actualización dura (DQN copia cada N pasos) no necesita no_grad: load_state_dict ya copia bajo él.
target = copy.deepcopy(q).requires_grad_(False)
with torch.no_grad():
    q[0].weight.add_(1.0)  # como si el entrenamiento hubiera movido la red en línea
target.load_state_dict(q.state_dict())  # (3)!
w = target[0].weight
print(f"load_state_dict: hoja {w.is_leaf}, requiere gradiente {w.requires_grad}, igual {torch.equal(w, q[0].weight)}")
#> load_state_dict: hoja True, requiere gradiente False, igual True
