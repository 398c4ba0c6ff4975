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
