import torch
from torch import nn
from torch.utils.checkpoint import checkpoint


class Recorder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(4, 4)
        self.seen = []

    def forward(self, x):
        self.seen.append(torch.is_grad_enabled())  # one entry per call
        return self.lin(x).relu()


torch.manual_seed(0)
block = Recorder()
x = torch.randn(2, 4, requires_grad=True)

for reentrant in (False, True):
    block.seen.clear()
    y = checkpoint(block, x, use_reentrant=reentrant)
    y.sum().backward()  # the recompute happens here
    print(f"use_reentrant={reentrant}, grad mode: {block.seen}")
    #> use_reentrant=False, grad mode: [True, True]
    #> use_reentrant=True, grad mode: [False, True]

    block.seen.clear()
    with torch.no_grad():
        y = checkpoint(block, x, use_reentrant=reentrant)
    print(f"use_reentrant={reentrant}, no_grad:   {block.seen}")
    #> use_reentrant=False, no_grad:   [False]
    #> use_reentrant=True, no_grad:   [False]
