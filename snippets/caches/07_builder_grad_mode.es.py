import functools

import torch
from torch import nn

torch.manual_seed(0)
scale = nn.Parameter(torch.ones(1))  # un parámetro que lee la función que construye la caché

with torch.inference_mode():
    with torch.inference_mode(False):
        print("dentro de inference_mode(False), modo de gradientes activado:", torch.is_grad_enabled())
        #> dentro de inference_mode(False), modo de gradientes activado: True
        with torch.no_grad():
            print("no_grad dentro de él, modo de gradientes activado:", torch.is_grad_enabled())
            #> no_grad dentro de él, modo de gradientes activado: False
with torch.no_grad():
    with torch.inference_mode(False):
        print("no_grad fuera de él, modo de gradientes activado:", torch.is_grad_enabled())
        #> no_grad fuera de él, modo de gradientes activado: True


@functools.cache
@torch.inference_mode(False)
def table(n):  # (1)!
    return torch.arange(n)[:, None] * scale


@functools.cache
@torch.inference_mode(False)
@torch.no_grad()  # debajo de inference_mode(False), así que se ejecuta dentro de él
def table_safe(n):
    return torch.arange(n)[:, None] * scale


with torch.inference_mode():  # las dos cachés se llenan durante una evaluación
    t, s = table(4), table_safe(4)
print("inference_mode(False):", t.is_inference(), t.requires_grad, type(t.grad_fn).__name__)
#> inference_mode(False): False True MulBackward0
print("más no_grad:", s.is_inference(), s.requires_grad, s.grad_fn)
#> más no_grad: False False None

x = torch.randn(4, 1, requires_grad=True)
(x * table(4)).sum().backward()  # el primer paso de entrenamiento funciona
try:
    (x * table(4)).sum().backward()  # la primera pasada hacia atrás liberó el grafo en caché
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
(x * table_safe(4)).sum().backward()
(x * table_safe(4)).sum().backward()
print("tabla segura, dos pasadas hacia atrás: hecho")
#> tabla segura, dos pasadas hacia atrás: hecho
