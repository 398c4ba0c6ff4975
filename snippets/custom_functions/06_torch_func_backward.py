import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):  # torch.func needs forward without ctx...
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):  # ...and a separate setup_context
        ctx.save_for_backward(inputs[0])

    @staticmethod
    def backward(ctx, grad_out):
        print("  backward: grad enabled =", torch.is_grad_enabled())
        (x,) = ctx.saved_tensors
        return grad_out * 3 * x**2


x = torch.tensor(2.0)

print("torch.func.grad, under no_grad:")
#> torch.func.grad, under no_grad:
with torch.no_grad():
    dx = torch.func.grad(Cube.apply)(x)  # calls autograd with create_graph=True
    #>   backward: grad enabled = True
print("  dy/dx =", dx.item())
#>   dy/dx = 12.0

# vjp_fn defaults to create_graph=torch.is_grad_enabled(): it follows the caller
_, vjp_fn = torch.func.vjp(Cube.apply, x)
print("torch.func.vjp, in grad mode:")
#> torch.func.vjp, in grad mode:
vjp_fn(torch.tensor(1.0))
#>   backward: grad enabled = True
print("torch.func.vjp, under no_grad:")
#> torch.func.vjp, under no_grad:
with torch.no_grad():
    vjp_fn(torch.tensor(1.0))
    #>   backward: grad enabled = False
