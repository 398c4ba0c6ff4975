import torch

with torch.inference_mode():
    buffer = torch.ones(4)  # creado dentro: un tensor de inferencia
    view = buffer[:2]
print(view.is_inference())
#> True

try:
    with torch.no_grad():
        view.mul_(2)  # fuera del modo: rechazado aunque el modo de gradientes esté apagado
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to get a normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more details.
print(buffer)  # el error llegó después del cambio
#> tensor([2., 2., 1., 1.])

with torch.inference_mode():
    view.mul_(2)  # dentro del modo: permitido
print(buffer)
#> tensor([4., 4., 1., 1.])
