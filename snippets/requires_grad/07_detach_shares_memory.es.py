import torch

w = torch.ones(3, requires_grad=True)
y = w.exp()  # exp guarda su salida para la pasada hacia atrás
d = y.detach()
print(d.untyped_storage().data_ptr() == y.untyped_storage().data_ptr())
#> True

d.zero_()  # también cambia y, e incrementa el contador de versiones que comparten
print(y._version)
#> 1
try:
    y.sum().backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Exp, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).

with torch.no_grad():
    n = y * 1  # un resultado calculado: memoria nueva
print(n.untyped_storage().data_ptr() == y.untyped_storage().data_ptr())
#> False

with torch.no_grad():
    v = y[:2]  # una vista: no hay memoria nueva, ni siquiera bajo no_grad
print(v.untyped_storage().data_ptr() == y.untyped_storage().data_ptr())
#> True
