import torch
from functorch.compile import make_boxed_func, min_cut_rematerialization_partition
from torch import nn
from torch._dynamo.backends.common import aot_autograd

torch.manual_seed(0)
compiled_graphs = []
saved = []  # what the forward graph returns besides the model's output


def forward_compiler(gm, example_inputs):
    *_, output = gm.graph.nodes
    compiled_graphs.append(("forward", len(output.args[0])))  # outputs it returns
    for node in output.args[0][1:]:
        shape = list(node.meta["val"].shape)
        if node.op == "placeholder":
            saved.append(f"{node.name} {shape}: an input of the graph")
        elif node.target.is_view:
            saved.append(f"{node.name} {shape}: a view of {node.args[0].name}")
        else:
            saved.append(f"{node.name} {shape}: new memory")
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
for line in saved:  # (3)!
    print("  saved:", line)
    #>   saved: primals_3 [2, 4]: an input of the graph
    #>   saved: relu [2, 8]: new memory
    #>   saved: detach [2, 8]: a view of relu
    #>   saved: t_1 [8, 1]: a view of primals_4
out.sum().backward()
print("after backward():", compiled_graphs)
#> after backward(): [('forward', 5), ('backward', 5)]

compiled_graphs.clear()
with torch.no_grad():
    out = compiled(x)
print("no_grad:", compiled_graphs, out.requires_grad)  # (4)!
#> no_grad: [('forward', 1)] False

# Inductor's partitioner chooses what to save differently: inputs rather than views.
torch.compiler.reset()
compiled_graphs.clear()
saved.clear()
min_cut = aot_autograd(fw_compiler=forward_compiler, bw_compiler=backward_compiler,
                       partition_fn=min_cut_rematerialization_partition)  # (5)!
torch.compile(model, backend=min_cut)(x)
print("min-cut partitioner:", compiled_graphs)
#> min-cut partitioner: [('forward', 4)]
for line in saved:
    print("  saved:", line)
    #>   saved: primals_3 [2, 4]: an input of the graph
    #>   saved: primals_4 [1, 8]: an input of the graph
    #>   saved: relu [2, 8]: new memory
