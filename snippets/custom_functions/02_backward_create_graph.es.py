import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx, grad_out):
        print("  backward: modo de gradientes activado =", torch.is_grad_enabled())
        (x,) = ctx.saved_tensors
        return grad_out * 3 * x**2  # se registra solo con el modo de gradientes activado


x = torch.tensor(2.0, requires_grad=True)

print("create_graph=False (por defecto):")
#> create_graph=False (por defecto):
(dx,) = torch.autograd.grad(Cube.apply(x), x)
#>   backward: modo de gradientes activado = False
print("  dy/dx =", dx.item(), "requires_grad:", dx.requires_grad)
#>   dy/dx = 12.0 requires_grad: False

print("create_graph=True:")
#> create_graph=True:
(dx,) = torch.autograd.grad(Cube.apply(x), x, create_graph=True)
#>   backward: modo de gradientes activado = True
print("  dy/dx =", dx.item(), "requires_grad:", dx.requires_grad)
#>   dy/dx = 12.0 requires_grad: True
(d2x,) = torch.autograd.grad(dx, x)  # segunda derivada: 6 * x
print("  d2y/dx2 =", d2x.item())
#>   d2y/dx2 = 12.0
