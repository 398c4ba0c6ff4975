import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
block = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, 16))
calls, returns = [], []
block.register_forward_pre_hook(lambda module, args: calls.append(1))  # empieza forward
block.register_forward_hook(lambda module, args, out: returns.append(1))  # forward retorna
x = torch.randn(8, 16, requires_grad=True)


def run(label, mode, **checkpoint_kwargs):
    calls.clear()
    returns.clear()
    saved = []

    def pack(tensor):  # se llama con cada tensor guardado para la pasada hacia atrás
        saved.append(tensor)
        return tensor.detach()  # misma memoria; el propio tensor crearía un ciclo de referencias

    with saved_tensors_hooks(pack, lambda tensor: tensor), mode():
        if checkpoint_kwargs:
            y = checkpoint(block, x, **checkpoint_kwargs)
        else:
            y = block(x)
    kept_x = any(t is x for t in saved)
    print(f"{label}: saved={len(saved)} kept_x={kept_x}",
          f"pre_hook={len(calls)} requires_grad={y.requires_grad}")
    if y.requires_grad:
        y.sum().backward()
        print(f"    tras backward(): pre_hook={len(calls)} hook={len(returns)}")


run("modo de gradientes", torch.enable_grad)
#> modo de gradientes: saved=5 kept_x=True pre_hook=1 requires_grad=True
#>     tras backward(): pre_hook=1 hook=1
run("modo de gradientes + checkpoint", torch.enable_grad, use_reentrant=False)
#> modo de gradientes + checkpoint: saved=1 kept_x=True pre_hook=1 requires_grad=True
#>     tras backward(): pre_hook=2 hook=1
run("no_grad", torch.no_grad)
#> no_grad: saved=0 kept_x=False pre_hook=1 requires_grad=False
run("no_grad + checkpoint", torch.no_grad, use_reentrant=False)
#> no_grad + checkpoint: saved=0 kept_x=False pre_hook=1 requires_grad=False
# Sin la parada anticipada: el recálculo vuelve a ejecutar todo el forward
run("checkpoint, early_stop=False", torch.enable_grad, use_reentrant=False, early_stop=False)
#> checkpoint, early_stop=False: saved=1 kept_x=True pre_hook=1 requires_grad=True
#>     tras backward(): pre_hook=2 hook=2
