import torch
import torch.autograd.forward_ad as fwAD

x = torch.tensor([1.0, 2.0, 3.0])
v = torch.ones(3)

with fwAD.dual_level():
    dual = fwAD.make_dual(x, v)

    with torch.no_grad():  # no detiene la diferenciación hacia adelante
        c = dual**2
    print("no_grad:", fwAD.unpack_dual((dual - c).sum()).tangent)
    #> no_grad: tensor(-9.)

    c = fwAD.unpack_dual(dual).primal ** 2  # la solución: usa el primal
    print("primal: ", fwAD.unpack_dual((dual - c).sum()).tangent)
    #> primal:  tensor(3.)
