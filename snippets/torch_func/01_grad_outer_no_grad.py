import torch
from torch.func import grad


def loss(w):
    print(f"  inside: grad={torch.is_grad_enabled()} inference={torch.is_inference_mode_enabled()}")
    return (w**2).sum()


w = torch.tensor([1.0, 2.0, 3.0])

with torch.no_grad():
    print("torch.func.grad under no_grad:")
    #> torch.func.grad under no_grad:
    print(" ", grad(loss)(w))
    #>   inside: grad=True inference=False
    #>   tensor([2., 4., 6.])

with torch.inference_mode():
    print("torch.func.grad under inference_mode:")
    #> torch.func.grad under inference_mode:
    g = grad(loss)(w)
    #>   inside: grad=True inference=False
    print(" ", g, g.is_inference())
    #>   tensor([2., 4., 6.]) False

# torch.autograd follows the outer mode: no graph, no gradient
w_leaf = w.clone().requires_grad_()
with torch.no_grad():
    print("torch.autograd.grad under no_grad:")
    #> torch.autograd.grad under no_grad:
    try:
        torch.autograd.grad(loss(w_leaf), w_leaf)
        #>   inside: grad=False inference=False
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn

# The outer mode still rules the ordinary graph around the transform
g = grad(loss)(w_leaf)  # no outer mode: the gradient is linked back to w_leaf
#>   inside: grad=True inference=False
print("no outer mode:", g.requires_grad, type(g.grad_fn).__name__)
#> no outer mode: True MulBackward0
with torch.no_grad():
    g = grad(loss)(w_leaf)
    #>   inside: grad=True inference=False
    print("outer no_grad:", g.requires_grad, g.grad_fn)
    #> outer no_grad: False None
    print("w_leaf * 2 outside f:", (w_leaf * 2).requires_grad)
    #> w_leaf * 2 outside f: False
