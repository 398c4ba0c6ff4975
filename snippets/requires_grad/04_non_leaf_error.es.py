import torch

w = torch.ones(3, requires_grad=True)
y = w * 2

try:
    y.requires_grad_(False)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().

for value in (False, True):
    try:
        y.requires_grad = value  # asignarlo falla con cualquier valor
    except RuntimeError as e:
        print(f"{value}: {type(e).__name__}: {e}")
        #> False: RuntimeError: you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().
        #> True: RuntimeError: you can only change requires_grad flags of leaf variables.

y.requires_grad_()  # permitido: y ya requiere gradientes, no cambia nada
print(y.requires_grad, y.is_leaf)
#> True False

y_no_grad = y.detach()  # lo que sugiere el mensaje
print(y_no_grad.requires_grad, y_no_grad.is_leaf)
#> False True
