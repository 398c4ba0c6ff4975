import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(2, 1)

print(layer.weight)  # para leer no hace falta nada: print, .item(), .tolist()
#> Parameter containing:
#> tensor([[-0.0053,  0.3793]], requires_grad=True)
print(round(layer.weight[0, 0].item(), 4))
#> -0.0053

try:
    layer.weight.numpy()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.

array = layer.weight.detach().numpy()  # comparte memoria con el peso
with torch.no_grad():
    layer.weight.fill_(1.0)
print(array)
#> [[1. 1.]]

print(layer.weight.numpy(force=True))  # lo desconecta (y lo copia a la CPU) por ti
#> [[1. 1.]]
with torch.no_grad():
    print(layer.weight.numpy())
    #> [[1. 1.]]
print(layer.weight.tolist())  # leer, en modo de gradientes: sin error
#> [[1.0, 1.0]]
