import torch

w = torch.tensor([2.0], requires_grad=True)
loss = w * w  # guarda w para la pasada hacia atrás: d(loss)/dw = 2 * w = 4
w.data.mul_(1.5)  # (1)!
loss.backward()
print(w.grad)  # 2 * 3.0: un gradiente incorrecto, sin ningún error
#> tensor([6.])

w = torch.tensor([2.0], requires_grad=True)
loss = w * w
with torch.no_grad():
    w.mul_(1.5)  # el mismo cambio, que el contador de versiones sí cuenta
try:
    loss.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [1]] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
