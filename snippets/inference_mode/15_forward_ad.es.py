import torch
import torch.autograd.forward_ad as fwAD

x = torch.tensor([0.0, 1.0])
modes = {"modo de gradientes": torch.enable_grad, "no_grad": torch.no_grad, "inference_mode": torch.inference_mode}
with fwAD.dual_level():
    dual = fwAD.make_dual(x, torch.ones(2))  # x lleva una tangente: diferenciación hacia adelante
    for name, mode in modes.items():
        with mode():
            y = dual.sin()
        print(f"{name}: tangente de sin(x) = {fwAD.unpack_dual(y).tangent}")  # cos(x), o None
        #> modo de gradientes: tangente de sin(x) = tensor([1.0000, 0.5403])
        #> no_grad: tangente de sin(x) = tensor([1.0000, 0.5403])
        #> inference_mode: tangente de sin(x) = None
