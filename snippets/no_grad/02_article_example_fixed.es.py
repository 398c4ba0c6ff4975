import torch

torch.manual_seed(0)
x = torch.randn(10, 10, requires_grad=True)  # (1)!
y = x**2 + 3 * x + 1

with torch.no_grad():
    y_no_grad = x**2 + 3 * x + 1

print("modo de gradientes:", y.requires_grad, type(y.grad_fn).__name__)
#> modo de gradientes: True AddBackward0
print("no_grad:", y_no_grad.requires_grad, y_no_grad.grad_fn)
#> no_grad: False None
