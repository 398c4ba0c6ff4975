import copy

import torch
import torch.nn.functional as F
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
q = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))  # the online network
target = copy.deepcopy(q).requires_grad_(False)  # the target network: a frozen copy
s, s2 = torch.randn(16, 4), torch.randn(16, 4)  # states and next states
a = torch.randint(0, 2, (16, 1))  # actions taken
r, done = torch.randn(16, 1), torch.zeros(16, 1)  # rewards; no episode ended
gamma = 0.99


def double_dqn_target():
    best = q(s2).argmax(1, keepdim=True)  # the online network picks the next action
    return r + gamma * (1 - done) * target(s2).gather(1, best)  # the target network values it


def q_grad(y):
    q.zero_grad()
    F.smooth_l1_loss(q(s).gather(1, a), y).backward()
    return q[0].weight.grad.clone()


# The TD target with a target network, under no_grad and in grad mode.
grads = {}
for name in ["no_grad", "grad mode"]:
    saved = []  # the tensors autograd saves while the target is computed (counted, not kept)
    with saved_tensors_hooks(lambda t: saved.append(t.shape) or t.detach(), lambda t: t):
        with torch.set_grad_enabled(name == "grad mode"):  # (1)!
            y = double_dqn_target()
    grads[name] = q_grad(y)
    print(f"{name}: {len(saved)} saves while computing the target, target requires grad {y.requires_grad}")
    #> no_grad: 0 saves while computing the target, target requires grad False
    #> grad mode: 4 saves while computing the target, target requires grad False
print("the same gradient for q:", torch.equal(*grads.values()))
#> the same gradient for q: True

# Without a target network, the bootstrap value comes from q itself.
with torch.no_grad():
    y = r + gamma * (1 - done) * q(s2).max(1, keepdim=True).values
semi_gradient = q_grad(y)  # TD's: the target is a constant
y = r + gamma * (1 - done) * q(s2).max(1, keepdim=True).values  # (2)!
print("the target requires grad:", y.requires_grad)
#> the target requires grad: True
print("the same gradient as TD's:", torch.equal(q_grad(y), semi_gradient))
#> the same gradient as TD's: False
print("detached, the same gradient as TD's:", torch.equal(q_grad(y.detach()), semi_gradient))
#> detached, the same gradient as TD's: True

# inference_mode instead of no_grad: the loss saves its target for the backward pass.
with torch.inference_mode():
    y = double_dqn_target()
try:
    q_grad(y)  # (3)!
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.
