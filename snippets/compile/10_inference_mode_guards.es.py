import torch
from torch import nn

torch.manual_seed(0)
compiled = torch.compile(nn.Linear(4, 1).eval(), backend="eager")
x = torch.randn(2, 4)  # un tensor normal
with torch.inference_mode():
    x_inf = torch.randn(2, 4)  # un tensor de inferencia


def why_recompile(mode, inp):  # la guarda que falla, sin compilar
    with torch.compiler.set_stance("fail_on_recompile"), mode():
        try:
            compiled(inp)
        except RuntimeError as e:
            reason = str(e).splitlines()[2].strip()
            print(reason.replace(". expected", ".\n  expected"))


with torch.no_grad():
    compiled(x)  # el único grafo: no_grad, entrada normal
why_recompile(torch.enable_grad, x)
#> - 0/0: GLOBAL_STATE changed: grad_mode
why_recompile(torch.inference_mode, x)
#> - 0/0: tensor 'args[0]' dispatch key set mismatch.
#>   expected DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), actual DispatchKeySet(CPU, BackendSelect, ADInplaceOrView)
why_recompile(torch.no_grad, x_inf)
#> - 0/0: tensor 'args[0]' dispatch key set mismatch.
#>   expected DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), actual DispatchKeySet(CPU, BackendSelect, ADInplaceOrView)
x_meta = torch.randn(2, 4, device="meta")  # otro dispositivo: el modo de gradientes no interviene
why_recompile(torch.no_grad, x_meta)
#> - 0/0: tensor 'args[0]' dispatch key set mismatch.
#>   expected DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), actual DispatchKeySet(Meta, BackendSelect, ADInplaceOrView, AutogradMeta)

torch.compiler.reset()
with torch.inference_mode():
    compiled(x_inf)  # ahora el único grafo: inference_mode, entrada de inferencia
why_recompile(torch.no_grad, x_inf)
#> - 0/0: tensor 'args[0]' dispatch key set mismatch.
#>   expected DispatchKeySet(CPU, BackendSelect), actual DispatchKeySet(CPU, BackendSelect, ADInplaceOrView)

graphs = []


@torch.compile(backend=lambda gm, example_inputs: graphs.append(gm) or gm.forward)
def scaled_ones():  # sin tensor de entrada: sin guarda de tensor
    return torch.ones(3) * 2


with torch.no_grad():
    scaled_ones()
with torch.inference_mode():
    out = scaled_ones()
print(f"no_grad y luego inference_mode: graphs={len(graphs)}, salida de inferencia={out.is_inference()}")
#> no_grad y luego inference_mode: graphs=1, salida de inferencia=True
