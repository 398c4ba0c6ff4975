import copy

import torch
import torch.nn.functional as F
from torch import nn


class LoRALinear(nn.Module):
    """A frozen nn.Linear plus a trainable low-rank update: base(x) + x A^T B^T * alpha / r."""

    def __init__(self, base, r=4, alpha=8):
        super().__init__()
        self.base = base
        self.A = nn.Parameter(torch.randn(r, base.in_features) / r**0.5)
        self.B = nn.Parameter(torch.zeros(base.out_features, r))  # zeros: the adapter starts as a no-op
        self.scale = alpha / r

    def forward(self, x):
        return self.base(x) + x @ self.A.T @ self.B.T * self.scale


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 4))  # "pretrained"
model.requires_grad_(False)  # (1)!
for i in [0, 2, 4]:
    model[i] = LoRALinear(model[i])  # new parameters require grad
trainable = [p for p in model.parameters() if p.requires_grad]
print(f"parameters {sum(p.numel() for p in model.parameters())}, trainable {sum(p.numel() for p in trainable)} in {len(trainable)} tensors")
#> parameters 2900, trainable 656 in 6 tensors

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
        given = "all parameters" if everything else "those requiring grad"
        states = sum(len(s) for s in opt.state.values())
        unchanged = all(torch.equal(p, b) for p, b in zip(frozen, before))
        print(f"{name}, {given}: {len(opt.param_groups[0]['params'])} tensors given, state for {len(opt.state)}, {states} state tensors; frozen: grad None {all(p.grad is None for p in frozen)}, unchanged {unchanged}")
        #> SGD, those requiring grad: 6 tensors given, state for 6, 6 state tensors; frozen: grad None True, unchanged True
        #> SGD, all parameters: 12 tensors given, state for 6, 6 state tensors; frozen: grad None True, unchanged True
        #> AdamW, those requiring grad: 6 tensors given, state for 6, 18 state tensors; frozen: grad None True, unchanged True
        #> AdamW, all parameters: 12 tensors given, state for 6, 18 state tensors; frozen: grad None True, unchanged True

# Freezing after the adapters were added freezes them too.
late = copy.deepcopy(model).requires_grad_(False)
try:
    torch.optim.AdamW([p for p in late.parameters() if p.requires_grad])  # (3)!
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: optimizer got an empty parameter list

# Unfreezing a layer later: the optimizer does not hold it until add_param_group.
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
    print(f"unfrozen, add_param_group {added}: grad set {head.grad is not None}, moved {not torch.equal(head, before)}")
    #> unfrozen, add_param_group False: grad set True, moved False
    #> unfrozen, add_param_group True: grad set True, moved True
