import torch
from torch import nn
from torch.overrides import TorchFunctionMode


class InPlaceSpy(TorchFunctionMode):
    """Anota el modo de gradientes de cada operación in-place (add_, mul_, lerp_...)."""

    def __init__(self):
        super().__init__()
        self.modes = set()

    def __torch_function__(self, func, types, args=(), kwargs=None):
        if getattr(func, "__name__", "").endswith("_"):
            self.modes.add(torch.is_grad_enabled())
        return func(*args, **(kwargs or {}))


torch.manual_seed(0)
x = torch.randn(2, 4)
optimizers = [torch.optim.SGD, torch.optim.Adam, torch.optim.AdamW, torch.optim.Adagrad,
              torch.optim.RMSprop, torch.optim.Adafactor, torch.optim.Muon]
for cls in optimizers:
    layer = nn.Linear(4, 4, bias=False)  # Muon solo acepta parámetros 2-D
    opt = cls(layer.parameters(), lr=0.01)
    layer(x).sum().backward()
    with InPlaceSpy() as spy:
        opt.step()  # llamado en modo de gradientes
    print(f"{cls.__name__}: operaciones in-place con grad {spy.modes}, después: {torch.is_grad_enabled()}")
    #> SGD: operaciones in-place con grad {False}, después: True
    #> Adam: operaciones in-place con grad {False}, después: True
    #> AdamW: operaciones in-place con grad {False}, después: True
    #> Adagrad: operaciones in-place con grad {False}, después: True
    #> RMSprop: operaciones in-place con grad {False}, después: True
    #> Adafactor: operaciones in-place con grad {False}, después: True
    #> Muon: operaciones in-place con grad {False}, después: True


def closure():  # step(closure) la llama para recalcular la pérdida
    opt.zero_grad()
    loss = layer(x).sum()
    print("dentro de la función de cierre:", torch.is_grad_enabled(), loss.requires_grad)
    loss.backward()
    return loss


opt = torch.optim.SGD(layer.parameters(), lr=0.01)
opt.step(closure)
#> dentro de la función de cierre: True True

# differentiable=True ENCIENDE el registro dentro de step(), incluso bajo un no_grad de fuera
for differentiable in (False, True):
    opt = torch.optim.SGD(layer.parameters(), lr=0.01, differentiable=differentiable)
    with torch.no_grad(), InPlaceSpy() as spy:
        try:
            opt.step()  # llamado bajo no_grad
            result = "sin error"
        except RuntimeError as e:
            result = f"{type(e).__name__}: {e}"
    print(f"differentiable={differentiable}: grad {spy.modes}, {result}")
    #> differentiable=False: grad {False}, sin error
    #> differentiable=True: grad {True}, RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
