import torch
from torch import nn
from torch.utils.checkpoint import checkpoint


class Recorder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(4, 4)
        self.seen = []

    def forward(self, x):
        self.seen.append(torch.is_grad_enabled())  # una entrada por llamada
        return self.lin(x).relu()


torch.manual_seed(0)
block = Recorder()
x = torch.randn(2, 4, requires_grad=True)

for reentrant in (False, True):
    block.seen.clear()
    y = checkpoint(block, x, use_reentrant=reentrant)
    y.sum().backward()  # aquí ocurre el recálculo
    print(f"use_reentrant={reentrant}, modo de gradientes: {block.seen}")
    #> use_reentrant=False, modo de gradientes: [True, True]
    #> use_reentrant=True, modo de gradientes: [False, True]

    block.seen.clear()
    with torch.no_grad():
        y = checkpoint(block, x, use_reentrant=reentrant)
    print(f"use_reentrant={reentrant}, no_grad:            {block.seen}")
    #> use_reentrant=False, no_grad:            [False]
    #> use_reentrant=True, no_grad:            [False]
