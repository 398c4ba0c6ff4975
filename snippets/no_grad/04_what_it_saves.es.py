import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(256, 1024), nn.ReLU(), nn.Linear(1024, 1024), nn.ReLU(), nn.Linear(1024, 10)
)
x = torch.randn(512, 256)
known = {t.untyped_storage().data_ptr(): name for name, t in [("x", x), *model.named_parameters()]}


def count_saved(label, mode):
    saved = []  # (dirección del almacenamiento, bytes) de cada tensor que autograd guarda para la pasada hacia atrás

    def pack(tensor):
        saved.append((tensor.untyped_storage().data_ptr(), tensor.untyped_storage().nbytes()))
        return tensor.detach()  # la misma memoria; el propio tensor crearía un ciclo de referencias

    with saved_tensors_hooks(pack, lambda tensor: tensor), mode():
        model(x)
    existing = [known[ptr] for ptr, _ in saved if ptr in known]
    new = {ptr: size for ptr, size in saved if ptr not in known}
    mib = sum(new.values()) / 2**20
    print(f"{label}: {len(saved)} guardados = {len(existing)} existentes ({', '.join(existing)})"
          f" + {len(saved) - len(existing)} guardados de {len(new)} tensores nuevos ({mib:.0f} MiB)")


# la misma pasada hacia adelante en cada modo
count_saved("modo de gradientes", torch.enable_grad)
#> modo de gradientes: 7 guardados = 3 existentes (x, 2.weight, 4.weight) + 4 guardados de 2 tensores nuevos (4 MiB)
count_saved("no_grad", torch.no_grad)
#> no_grad: 0 guardados = 0 existentes () + 0 guardados de 0 tensores nuevos (0 MiB)
print(model[0].weight.grad)  # una pasada hacia adelante no crea ningún gradiente, en ningún modo
#> None

out = model(x)  # modo de gradientes: cada nodo del grafo expone lo que guardó
last_linear = out.grad_fn
relu = last_linear.next_functions[1][0]  # el nodo cuya salida lee la última Linear
ptrs = [t.untyped_storage().data_ptr() for t in [relu._saved_result, last_linear._saved_mat1]]
print(type(relu).__name__, "y", type(last_linear).__name__, "guardaron el mismo tensor:", ptrs[0] == ptrs[1])
#> ReluBackward0 y AddmmBackward0 guardaron el mismo tensor: True
