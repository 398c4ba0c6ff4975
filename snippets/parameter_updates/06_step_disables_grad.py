import torch
from torch import nn
from torch.overrides import TorchFunctionMode


class InPlaceSpy(TorchFunctionMode):
    """Records the grad mode of every in-place op (add_, mul_, lerp_...)."""

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
    layer = nn.Linear(4, 4, bias=False)  # Muon only takes 2-D parameters
    opt = cls(layer.parameters(), lr=0.01)
    layer(x).sum().backward()
    with InPlaceSpy() as spy:
        opt.step()  # called in grad mode
    print(f"{cls.__name__}: in-place ops with grad {spy.modes}, after: {torch.is_grad_enabled()}")
    #> SGD: in-place ops with grad {False}, after: True
    #> Adam: in-place ops with grad {False}, after: True
    #> AdamW: in-place ops with grad {False}, after: True
    #> Adagrad: in-place ops with grad {False}, after: True
    #> RMSprop: in-place ops with grad {False}, after: True
    #> Adafactor: in-place ops with grad {False}, after: True
    #> Muon: in-place ops with grad {False}, after: True


def closure():  # step(closure) calls it to recompute the loss
    opt.zero_grad()
    loss = layer(x).sum()
    print("inside the closure:", torch.is_grad_enabled(), loss.requires_grad)
    loss.backward()
    return loss


opt = torch.optim.SGD(layer.parameters(), lr=0.01)
opt.step(closure)
#> inside the closure: True True

# differentiable=True turns grad ON inside step(), even under an outer no_grad
for differentiable in (False, True):
    opt = torch.optim.SGD(layer.parameters(), lr=0.01, differentiable=differentiable)
    with torch.no_grad(), InPlaceSpy() as spy:
        try:
            opt.step()  # called under no_grad
            result = "no error"
        except RuntimeError as e:
            result = f"{type(e).__name__}: {e}"
    print(f"differentiable={differentiable}: grad {spy.modes}, {result}")
    #> differentiable=False: grad {False}, no error
    #> differentiable=True: grad {True}, RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
