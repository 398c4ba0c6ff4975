import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):  # torch.func necesita un forward sin ctx...
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):  # ...y un setup_context aparte
        ctx.save_for_backward(inputs[0])

    @staticmethod
    def backward(ctx, grad_out):
        print("  backward: modo de gradientes activado =", torch.is_grad_enabled())
        (x,) = ctx.saved_tensors
        return grad_out * 3 * x**2


x = torch.tensor(2.0)

print("torch.func.grad, bajo no_grad:")
#> torch.func.grad, bajo no_grad:
with torch.no_grad():
    dx = torch.func.grad(Cube.apply)(x)  # llama a autograd con create_graph=True
    #>   backward: modo de gradientes activado = True
print("  dy/dx =", dx.item())
#>   dy/dx = 12.0

# vjp_fn usa por defecto create_graph=torch.is_grad_enabled(): sigue el modo de quien llama
_, vjp_fn = torch.func.vjp(Cube.apply, x)
print("torch.func.vjp, en modo de gradientes:")
#> torch.func.vjp, en modo de gradientes:
vjp_fn(torch.tensor(1.0))
#>   backward: modo de gradientes activado = True
print("torch.func.vjp, bajo no_grad:")
#> torch.func.vjp, bajo no_grad:
with torch.no_grad():
    vjp_fn(torch.tensor(1.0))
    #>   backward: modo de gradientes activado = False
