import torch
from functorch.compile import make_boxed_func
from torch import nn
from torch._dynamo.backends.common import aot_autograd

torch.manual_seed(0)
compiled_graphs = []


def forward_compiler(gm, example_inputs):
    *_, output = gm.graph.nodes
    compiled_graphs.append(("forward", len(output.args[0])))  # outputs it returns
    return make_boxed_func(gm.forward)


def backward_compiler(gm, example_inputs):
    compiled_graphs.append(("backward", len(example_inputs)))
    return make_boxed_func(gm.forward)


backend = aot_autograd(fw_compiler=forward_compiler, bw_compiler=backward_compiler)  # (1)!
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
compiled = torch.compile(model, backend=backend)
x = torch.randn(2, 4)

out = compiled(x)
print("grad mode:", compiled_graphs)  # (2)!
#> grad mode: [('forward', 5)]
out.sum().backward()
print("after backward():", compiled_graphs)
#> after backward(): [('forward', 5), ('backward', 5)]

compiled_graphs.clear()
with torch.no_grad():
    out = compiled(x)
print("no_grad:", compiled_graphs, out.requires_grad)  # (3)!
#> no_grad: [('forward', 1)] False
