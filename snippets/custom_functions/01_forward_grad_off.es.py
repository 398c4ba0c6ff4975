import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        print("  forward: modo de gradientes activado =", torch.is_grad_enabled())
        y = x**3
        print("  dentro de forward, y.requires_grad =", y.requires_grad)
        ctx.save_for_backward(x)
        return y

    @staticmethod
    def backward(ctx, grad_out):
        (x,) = ctx.saved_tensors
        return grad_out * 3 * x**2


x = torch.tensor(2.0, requires_grad=True)
print("modo de gradientes:")
#> modo de gradientes:
y = Cube.apply(x)
#>   forward: modo de gradientes activado = False
#>   dentro de forward, y.requires_grad = False
print("  salida:", y.requires_grad, type(y.grad_fn).__name__)
#>   salida: True CubeBackward

print("no_grad:")
#> no_grad:
with torch.no_grad():
    y = Cube.apply(x)
    #>   forward: modo de gradientes activado = False
    #>   dentro de forward, y.requires_grad = False
print("  salida:", y.requires_grad, y.grad_fn)
#>   salida: False None
