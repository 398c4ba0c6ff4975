import torch

x = torch.ones(2, 3, requires_grad=True)
with torch.no_grad():
    doubled = x * 2  # un tensor nuevo
    row, flat, transposed = x[0], x.view(6), x.t()  # vistas: comparten la memoria de x

print("x * 2:", doubled.requires_grad, doubled.grad_fn)
#> x * 2: False None
for name, view in [("x[0]", row), ("x.view(6)", flat), ("x.t()", transposed)]:
    shared = view.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()
    print(f"{name}: requires_grad={view.requires_grad}, grad_fn={view.grad_fn}, comparte memoria: {shared}")
    #> x[0]: requires_grad=True, grad_fn=None, comparte memoria: True
    #> x.view(6): requires_grad=True, grad_fn=None, comparte memoria: True
    #> x.t(): requires_grad=True, grad_fn=None, comparte memoria: True

try:
    row.mul_(2)  # in-place, de vuelta en modo de gradientes
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: A view was created in no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked).

with torch.no_grad():
    row.mul_(2)  # in-place bajo no_grad, como la vista: permitido
print(x.tolist())  # x también cambió: la vista comparte su memoria
#> [[2.0, 2.0, 2.0], [1.0, 1.0, 1.0]]
