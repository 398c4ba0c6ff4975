import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        print("  forward: grad enabled =", torch.is_grad_enabled())
        y = x**3
        print("  inside forward, y.requires_grad =", y.requires_grad)
        ctx.save_for_backward(x)
        return y

    @staticmethod
    def backward(ctx, grad_out):
        (x,) = ctx.saved_tensors
        return grad_out * 3 * x**2


x = torch.tensor(2.0, requires_grad=True)
print("grad mode:")
#> grad mode:
y = Cube.apply(x)
#>   forward: grad enabled = False
#>   inside forward, y.requires_grad = False
print("  output:", y.requires_grad, type(y.grad_fn).__name__)
#>   output: True CubeBackward

print("no_grad:")
#> no_grad:
with torch.no_grad():
    y = Cube.apply(x)
    #>   forward: grad enabled = False
    #>   inside forward, y.requires_grad = False
print("  output:", y.requires_grad, y.grad_fn)
#>   output: False None
