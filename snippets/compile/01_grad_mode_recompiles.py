import torch
from torch import nn

torch.manual_seed(0)
graphs = []


def counting_backend(gm, example_inputs):  # (1)!
    graphs.append(gm)
    return gm.forward  # run the captured graph as it is


model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5))
compiled = torch.compile(model, backend=counting_backend)
x = torch.randn(2, 4)


def call(label):
    out = compiled(x)
    print(f"{label}: graphs={len(graphs)}, requires_grad={out.requires_grad}")


call("train, grad mode")
#> train, grad mode: graphs=1, requires_grad=True
call("train, grad mode again")
#> train, grad mode again: graphs=1, requires_grad=True
with torch.no_grad():
    call("train, no_grad")  # (2)!
    #> train, no_grad: graphs=2, requires_grad=False
model.eval()
with torch.no_grad():
    call("eval, no_grad")
    #> eval, no_grad: graphs=3, requires_grad=False
model.train()
call("train, grad mode, later")  # (3)!
#> train, grad mode, later: graphs=3, requires_grad=True

# A model whose layers never read self.training: eval() fails no guard.
graphs.clear()
linear = nn.Linear(4, 4)
compiled = torch.compile(linear, backend=counting_backend)
with torch.no_grad():
    compiled(x)
    linear.eval()
    call("Linear alone: train, then eval, both no_grad")
    #> Linear alone: train, then eval, both no_grad: graphs=1, requires_grad=False
