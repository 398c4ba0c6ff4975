import torch
from torch import nn

torch.manual_seed(0)
graphs = []


def counting_backend(gm, example_inputs):  # (1)!
    graphs.append(gm)
    return gm.forward  # ejecuta el grafo capturado tal cual


model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5))
compiled = torch.compile(model, backend=counting_backend)
x = torch.randn(2, 4)


def call(label):
    out = compiled(x)
    print(f"{label}: graphs={len(graphs)}, requires_grad={out.requires_grad}")


call("train, modo de gradientes")
#> train, modo de gradientes: graphs=1, requires_grad=True
call("train, modo de gradientes, otra vez")
#> train, modo de gradientes, otra vez: graphs=1, requires_grad=True
with torch.no_grad():
    call("train, no_grad")  # (2)!
    #> train, no_grad: graphs=2, requires_grad=False
model.eval()
with torch.no_grad():
    call("eval, no_grad")
    #> eval, no_grad: graphs=3, requires_grad=False
model.train()
call("train, modo de gradientes, más tarde")  # (3)!
#> train, modo de gradientes, más tarde: graphs=3, requires_grad=True

# Un modelo cuyas capas nunca leen self.training: eval() no hace fallar ninguna guarda.
graphs.clear()
linear = nn.Linear(4, 4)
compiled = torch.compile(linear, backend=counting_backend)
with torch.no_grad():
    compiled(x)
    linear.eval()
    call("Linear sin más: train y luego eval, los dos bajo no_grad")
    #> Linear sin más: train y luego eval, los dos bajo no_grad: graphs=1, requires_grad=False
