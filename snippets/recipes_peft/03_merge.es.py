import torch
from torch import nn


class LoRALinear(nn.Module):
    def __init__(self, base, r=4, alpha=8):
        super().__init__()
        self.base = base.requires_grad_(False)
        self.A = nn.Parameter(torch.randn(r, base.in_features) / r**0.5)
        self.B = nn.Parameter(torch.randn(base.out_features, r))  # como si el adaptador ya se hubiera entrenado
        self.scale = alpha / r
        self.merged = False

    def forward(self, x):
        out = self.base(x)
        return out if self.merged else out + x @ self.A.T @ self.B.T * self.scale


def make_layer():
    torch.manual_seed(0)
    return LoRALinear(nn.Linear(16, 16))


x = torch.randn(4, 16)
layer = make_layer()
with torch.no_grad():
    expected = layer(x)  # la salida con el adaptador
    layer.base.weight.add_(layer.B @ layer.A * layer.scale)  # (1)!
layer.merged = True
w = layer.base.weight
print(f"fusionado bajo no_grad: hoja {w.is_leaf}, requiere gradiente {w.requires_grad}, la misma salida {torch.allclose(layer(x), expected, atol=1e-6)}")
#> fusionado bajo no_grad: hoja True, requiere gradiente False, la misma salida True

# El peso base aún requiere gradiente (nunca se congeló): la fusión lanza un error.
layer = make_layer()
layer.base.requires_grad_(True)
try:
    layer.base.weight.add_(layer.B @ layer.A * layer.scale)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

# La base está congelada: la fusión en modo de gradientes no lanza nada y registra un grafo.
layer = make_layer()
layer.base.weight.add_(layer.B @ layer.A * layer.scale)  # (2)!
layer.merged = True
w = layer.base.weight
print(f"fusionado en modo de gradientes: hoja {w.is_leaf}, requiere gradiente {w.requires_grad}, grad_fn {type(w.grad_fn).__name__}")
#> fusionado en modo de gradientes: hoja False, requiere gradiente True, grad_fn AddBackward0
print("la salida requiere gradiente:", layer(x).requires_grad)
#> la salida requiere gradiente: True
try:
    layer.requires_grad_(False)  # congelarlo todo para exportarlo
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().
try:
    torch.optim.AdamW(layer.parameters())  # seguir entrenándolo
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: can't optimize a non-leaf Tensor

# Seguir entrenando tras la misma fusión: la primera pasada hacia atrás funciona, la segunda lanza un error.
layer = make_layer()
layer.base.weight.add_(layer.B @ layer.A * layer.scale)
layer.merged = True
w = layer.base.weight
layer(x).sum().backward()
print(f"primera pasada hacia atrás: A.grad asignado {layer.A.grad is not None}, B.grad asignado {layer.B.grad is not None}")
#> primera pasada hacia atrás: A.grad asignado True, B.grad asignado True
try:
    layer(x).sum().backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.

# La reparación: detach_() vuelve a hacer del peso fusionado una hoja y conserva sus valores.
values = w.detach().clone()
for p in layer.parameters():
    if p.grad_fn is not None:
        p.detach_()  # (3)!
layer.requires_grad_(False)
torch.optim.AdamW(layer.parameters())  # ahora sin error
print(f"tras detach_(): hoja {w.is_leaf}, mismos valores {torch.equal(w, values)}, congelado {not w.requires_grad}")
#> tras detach_(): hoja True, mismos valores True, congelado True
