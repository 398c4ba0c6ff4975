import copy

import torch
from torch import nn


def graph_size(fn):  # nodos de autograd alcanzables desde fn
    seen, todo = set(), [fn]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo += [next_fn for next_fn, _ in node.next_functions]
    return len(seen)


torch.manual_seed(0)
model = nn.Linear(2, 1)
ema = copy.deepcopy(model).requires_grad_(False)  # copia congelada
decay = 0.9

for step in range(3):
    for e, p in zip(ema.parameters(), model.parameters()):
        e.mul_(decay).add_(p, alpha=1 - decay)  # sin no_grad, y sin error
    w = ema.weight
    print(step, w.is_leaf, w.requires_grad, w.grad_fn.name(), graph_size(w.grad_fn))
    #> 0 False True AddBackward0 2
    #> 1 False True AddBackward0 4
    #> 2 False True AddBackward0 6

print(ema(torch.ones(1, 2)).requires_grad)  # ahora evaluarla construye un grafo
#> True

ema = copy.deepcopy(model).requires_grad_(False)
with torch.no_grad():  # la solución: no_grad, con o sin congelar
    for e, p in zip(ema.parameters(), model.parameters()):
        e.mul_(decay).add_(p, alpha=1 - decay)
print(ema.weight.is_leaf, ema.weight.requires_grad, ema.weight.grad_fn)
#> True False None
print(ema(torch.ones(1, 2)).requires_grad)  # congelada: evaluarla no construye ningún grafo
#> False
