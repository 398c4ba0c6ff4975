import torch

x = torch.ones(2, 3, requires_grad=True)
with torch.no_grad():
    doubled = x * 2  # a new tensor
    row, flat, transposed = x[0], x.view(6), x.t()  # views: they share x's memory

print("x * 2:", doubled.requires_grad, doubled.grad_fn)
#> x * 2: False None
for name, view in [("x[0]", row), ("x.view(6)", flat), ("x.t()", transposed)]:
    shared = view.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()
    print(f"{name}: requires_grad={view.requires_grad}, grad_fn={view.grad_fn}, shares memory: {shared}")
    #> x[0]: requires_grad=True, grad_fn=None, shares memory: True
    #> x.view(6): requires_grad=True, grad_fn=None, shares memory: True
    #> x.t(): requires_grad=True, grad_fn=None, shares memory: True

try:
    row.mul_(2)  # in place, back in grad mode
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: A view was created in no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked).

with torch.no_grad():
    row.mul_(2)  # in place under no_grad, like the view: allowed
print(x.tolist())  # x changed too: the view shares its memory
#> [[2.0, 2.0, 2.0], [1.0, 1.0, 1.0]]
