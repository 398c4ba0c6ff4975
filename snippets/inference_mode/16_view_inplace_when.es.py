import torch

base = torch.ones(4, requires_grad=True)
with torch.inference_mode():
    view = base[:2]  # una vista creada en modo de inferencia

with torch.no_grad():
    view.mul_(2)  # fuera del modo, pero el modo de gradientes está apagado: nada que registrar
print(base)
#> tensor([2., 2., 1., 1.], requires_grad=True)

plain = torch.ones(4)  # no requiere gradientes
with torch.inference_mode():
    plain_view = plain[:2]
plain_view.mul_(2)  # modo de gradientes encendido, pero nada requiere gradientes: nada que registrar
print(plain)
#> tensor([2., 2., 1., 1.])

w = torch.ones(2, requires_grad=True)
try:
    plain_view.add_(w)  # w requiere gradientes: esto se registraría
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: A view was created in inference mode and is being modified inplace in normal mode. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the inference_mode block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked).
