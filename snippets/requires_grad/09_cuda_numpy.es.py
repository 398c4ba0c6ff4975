# requires: cuda
import torch

w = torch.ones(2, device="cuda", requires_grad=True)

try:
    w.detach().numpy()  # desconectado, pero todavía en la GPU
except TypeError as e:
    print(type(e).__name__)
    #> TypeError

print(w.detach().cpu().numpy())  # una copia en la memoria de la CPU
#> [1. 1.]
print(w.numpy(force=True))  # desconecta y copia en una sola llamada
#> [1. 1.]
