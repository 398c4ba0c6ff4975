import copy

import torch
from torch import nn

torch.manual_seed(0)
q = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))
tau = 0.005  # the share of the online weights blended into the target's at each update


def graph_behind(t):
    """How many autograd nodes a tensor's history holds (0 for a leaf)."""
    seen, todo = set(), [t.grad_fn]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo.extend(next_node for next_node, _ in node.next_functions)
    return len(seen)


def soft_update(target):
    for p_target, p in zip(target.parameters(), q.parameters()):
        p_target.lerp_(p, tau)  # p_target + tau * (p - p_target), in place


for mode in ["no_grad", "grad mode"]:
    target = copy.deepcopy(q).requires_grad_(False)
    for _ in range(100):  # one soft update per training step
        if mode == "no_grad":
            with torch.no_grad():  # (1)!
                soft_update(target)
        else:
            soft_update(target)  # (2)!
    w = target[0].weight
    print(f"{mode}, 100 updates: leaf {w.is_leaf}, requires grad {w.requires_grad}, graph nodes {graph_behind(w)}")
    #> no_grad, 100 updates: leaf True, requires grad False, graph nodes 0
    #> grad mode, 100 updates: leaf False, requires grad True, graph nodes 101

# The hard update (DQN's copy every N steps) needs no no_grad: load_state_dict copies under it.
target = copy.deepcopy(q).requires_grad_(False)
with torch.no_grad():
    q[0].weight.add_(1.0)  # pretend training moved the online network
target.load_state_dict(q.state_dict())  # (3)!
w = target[0].weight
print(f"load_state_dict: leaf {w.is_leaf}, requires grad {w.requires_grad}, equal {torch.equal(w, q[0].weight)}")
#> load_state_dict: leaf True, requires grad False, equal True
