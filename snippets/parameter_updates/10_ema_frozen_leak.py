import copy

import torch
from torch import nn


def graph_size(fn):  # autograd nodes reachable from fn
    seen, todo = set(), [fn]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo += [next_fn for next_fn, _ in node.next_functions]
    return len(seen)


torch.manual_seed(0)
model = nn.Linear(2, 1)
ema = copy.deepcopy(model).requires_grad_(False)  # frozen copy
decay = 0.9

for step in range(3):
    for e, p in zip(ema.parameters(), model.parameters()):
        e.mul_(decay).add_(p, alpha=1 - decay)  # no no_grad, and no error
    w = ema.weight
    print(step, w.is_leaf, w.requires_grad, w.grad_fn.name(), graph_size(w.grad_fn))
    #> 0 False True AddBackward0 2
    #> 1 False True AddBackward0 4
    #> 2 False True AddBackward0 6

print(ema(torch.ones(1, 2)).requires_grad)  # evaluating it now builds a graph
#> True

ema = copy.deepcopy(model).requires_grad_(False)
with torch.no_grad():  # the fix: no_grad, with or without freezing
    for e, p in zip(ema.parameters(), model.parameters()):
        e.mul_(decay).add_(p, alpha=1 - decay)
print(ema.weight.is_leaf, ema.weight.requires_grad, ema.weight.grad_fn)
#> True False None
print(ema(torch.ones(1, 2)).requires_grad)  # frozen: evaluating it builds no graph
#> False
