import torch
from torch import nn

w = torch.ones(3, requires_grad=True)  # created by you: a leaf
y = w * 2  # computed from a tensor that requires grad: not a leaf
print(w.is_leaf, y.is_leaf, y.grad_fn.name())
#> True False MulBackward0

x = torch.ones(3)  # does not require grad
print((x * 2).is_leaf)  # nothing was recorded: a leaf too
#> True

with torch.no_grad():
    z = w * 2  # tracking is off: nothing is recorded, even from w
print(z.is_leaf, z.requires_grad, z.grad_fn)
#> True False None

w.requires_grad_(False)  # a lasting flag on the tensor
print(w.requires_grad, (w * 2).requires_grad)
#> False False

model = nn.Linear(3, 1)
frozen = model.requires_grad_(False)  # every parameter; returns the module
print(frozen is model, [p.requires_grad for p in model.parameters()])
#> True [False, False]
