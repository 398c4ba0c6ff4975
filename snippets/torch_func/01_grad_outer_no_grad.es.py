import torch
from torch.func import grad


def loss(w):
    print(f"  dentro: grad={torch.is_grad_enabled()} inference={torch.is_inference_mode_enabled()}")
    return (w**2).sum()


w = torch.tensor([1.0, 2.0, 3.0])

with torch.no_grad():
    print("torch.func.grad bajo no_grad:")
    #> torch.func.grad bajo no_grad:
    print(" ", grad(loss)(w))
    #>   dentro: grad=True inference=False
    #>   tensor([2., 4., 6.])

with torch.inference_mode():
    print("torch.func.grad bajo inference_mode:")
    #> torch.func.grad bajo inference_mode:
    g = grad(loss)(w)
    #>   dentro: grad=True inference=False
    print(" ", g, g.is_inference())
    #>   tensor([2., 4., 6.]) False

# torch.autograd sigue el modo de fuera: sin grafo no hay gradiente
w_leaf = w.clone().requires_grad_()
with torch.no_grad():
    print("torch.autograd.grad bajo no_grad:")
    #> torch.autograd.grad bajo no_grad:
    try:
        torch.autograd.grad(loss(w_leaf), w_leaf)
        #>   dentro: grad=False inference=False
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn

# El modo de fuera sigue mandando sobre el grafo normal que rodea la transformación
g = grad(loss)(w_leaf)  # sin modo de fuera: el gradiente queda enlazado con w_leaf
#>   dentro: grad=True inference=False
print("sin modo de fuera:", g.requires_grad, type(g.grad_fn).__name__)
#> sin modo de fuera: True MulBackward0
with torch.no_grad():
    g = grad(loss)(w_leaf)
    #>   dentro: grad=True inference=False
    print("no_grad de fuera:", g.requires_grad, g.grad_fn)
    #> no_grad de fuera: False None
    print("w_leaf * 2 fuera de f:", (w_leaf * 2).requires_grad)
    #> w_leaf * 2 fuera de f: False
