import torch
import torch.autograd.forward_ad as fwAD
from torch.func import jvp

x = torch.tensor([1.0, 2.0, 3.0])
v = torch.ones(3)  # dirección de la derivada

for mode in (torch.enable_grad, torch.no_grad, torch.inference_mode):
    with fwAD.dual_level():
        dual = fwAD.make_dual(x, v)
        with mode():
            out = (dual**2).sum()
        primal, tangent = fwAD.unpack_dual(out)
    print(f"{mode.__name__}: value={primal.item()} tangent={tangent}")
    #> enable_grad: value=14.0 tangent=12.0
    #> no_grad: value=14.0 tangent=12.0
    #> inference_mode: value=14.0 tangent=None

# inference_mode no apaga la transformación de torch.func
with torch.inference_mode():
    value, tangent = jvp(lambda t: (t**2).sum(), (x,), (v,))
print(f"torch.func.jvp bajo inference_mode: value={value.item()} tangent={tangent}")
#> torch.func.jvp bajo inference_mode: value=14.0 tangent=12.0
