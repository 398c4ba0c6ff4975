import torch

try:
    with torch.no_grad():  # __enter__ guarda el modo actual, __exit__ lo restablece
        raise ValueError("algo falló dentro del bloque")
except ValueError as e:
    print("la excepción llega igualmente a quien llamó:", e)
    #> la excepción llega igualmente a quien llamó: algo falló dentro del bloque

print(torch.is_grad_enabled())  # vuelve el modo anterior
#> True
