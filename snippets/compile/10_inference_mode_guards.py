import torch
from torch import nn

torch.manual_seed(0)
compiled = torch.compile(nn.Linear(4, 1).eval(), backend="eager")
x = torch.randn(2, 4)  # a normal tensor
with torch.inference_mode():
    x_inf = torch.randn(2, 4)  # an inference tensor


def why_recompile(mode, inp):  # the guard that fails, without compiling
    with torch.compiler.set_stance("fail_on_recompile"), mode():
        try:
            compiled(inp)
        except RuntimeError as e:
            reason = str(e).splitlines()[2].strip()
            print(reason.replace(". expected", ".\n  expected"))


with torch.no_grad():
    compiled(x)  # the only graph: no_grad, normal input
why_recompile(torch.enable_grad, x)
#> - 0/0: GLOBAL_STATE changed: grad_mode
why_recompile(torch.inference_mode, x)
#> - 0/0: tensor 'args[0]' dispatch key set mismatch.
#>   expected DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), actual DispatchKeySet(CPU, BackendSelect, ADInplaceOrView)
why_recompile(torch.no_grad, x_inf)
#> - 0/0: tensor 'args[0]' dispatch key set mismatch.
#>   expected DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), actual DispatchKeySet(CPU, BackendSelect, ADInplaceOrView)
x_meta = torch.randn(2, 4, device="meta")  # another device: no grad mode involved
why_recompile(torch.no_grad, x_meta)
#> - 0/0: tensor 'args[0]' dispatch key set mismatch.
#>   expected DispatchKeySet(CPU, BackendSelect, ADInplaceOrView, AutogradCPU), actual DispatchKeySet(Meta, BackendSelect, ADInplaceOrView, AutogradMeta)

torch.compiler.reset()
with torch.inference_mode():
    compiled(x_inf)  # the only graph now: inference_mode, inference input
why_recompile(torch.no_grad, x_inf)
#> - 0/0: tensor 'args[0]' dispatch key set mismatch.
#>   expected DispatchKeySet(CPU, BackendSelect), actual DispatchKeySet(CPU, BackendSelect, ADInplaceOrView)

graphs = []


@torch.compile(backend=lambda gm, example_inputs: graphs.append(gm) or gm.forward)
def scaled_ones():  # no tensor input: no tensor guard
    return torch.ones(3) * 2


with torch.no_grad():
    scaled_ones()
with torch.inference_mode():
    out = scaled_ones()
print(f"no_grad, then inference_mode: graphs={len(graphs)}, inference output={out.is_inference()}")
#> no_grad, then inference_mode: graphs=1, inference output=True
