import torch
from functorch.compile import make_boxed_func, min_cut_rematerialization_partition
from torch import nn
from torch._dynamo.backends.common import aot_autograd

torch.manual_seed(0)
compiled_graphs = []
saved = []  # lo que el grafo hacia adelante devuelve además de la salida del modelo


def forward_compiler(gm, example_inputs):
    *_, output = gm.graph.nodes
    compiled_graphs.append(("forward", len(output.args[0])))  # las salidas que devuelve
    for node in output.args[0][1:]:
        shape = list(node.meta["val"].shape)
        if node.op == "placeholder":
            saved.append(f"{node.name} {shape}: una entrada del grafo")
        elif node.target.is_view:
            saved.append(f"{node.name} {shape}: una vista de {node.args[0].name}")
        else:
            saved.append(f"{node.name} {shape}: memoria nueva")
    return make_boxed_func(gm.forward)


def backward_compiler(gm, example_inputs):
    compiled_graphs.append(("backward", len(example_inputs)))
    return make_boxed_func(gm.forward)


backend = aot_autograd(fw_compiler=forward_compiler, bw_compiler=backward_compiler)  # (1)!
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
compiled = torch.compile(model, backend=backend)
x = torch.randn(2, 4)

out = compiled(x)
print("modo de gradientes:", compiled_graphs)  # (2)!
#> modo de gradientes: [('forward', 5)]
for line in saved:  # (3)!
    print("  guardado:", line)
    #>   guardado: primals_3 [2, 4]: una entrada del grafo
    #>   guardado: relu [2, 8]: memoria nueva
    #>   guardado: detach [2, 8]: una vista de relu
    #>   guardado: t_1 [8, 1]: una vista de primals_4
out.sum().backward()
print("tras backward():", compiled_graphs)
#> tras backward(): [('forward', 5), ('backward', 5)]

compiled_graphs.clear()
with torch.no_grad():
    out = compiled(x)
print("no_grad:", compiled_graphs, out.requires_grad)  # (4)!
#> no_grad: [('forward', 1)] False

# El particionador de inductor elige de otra forma qué guardar: entradas en lugar de vistas.
torch.compiler.reset()
compiled_graphs.clear()
saved.clear()
min_cut = aot_autograd(fw_compiler=forward_compiler, bw_compiler=backward_compiler,
                       partition_fn=min_cut_rematerialization_partition)  # (5)!
torch.compile(model, backend=min_cut)(x)
print("particionador min-cut:", compiled_graphs)
#> particionador min-cut: [('forward', 4)]
for line in saved:
    print("  guardado:", line)
    #>   guardado: primals_3 [2, 4]: una entrada del grafo
    #>   guardado: primals_4 [1, 8]: una entrada del grafo
    #>   guardado: relu [2, 8]: memoria nueva
