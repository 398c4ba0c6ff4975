import torch

x = torch.ones(2, 3)  # no requiere gradientes
with torch.no_grad():
    row = x[0]  # una vista creada bajo no_grad
print(row.requires_grad)
#> False

row.mul_(2)  # modo de gradientes encendido, pero nada requiere gradientes: permitido
print(x[0].tolist())
#> [2.0, 2.0, 2.0]

w = torch.ones(3, requires_grad=True)
try:
    row.add_(w)  # w requiere gradientes: esto se registraría
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: A view was created in no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked).
