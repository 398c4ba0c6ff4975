import torch
import torch.nn.functional as F
from torch import nn
from torch.func import functional_call, grad

torch.manual_seed(0)
model = nn.Linear(1, 1)
params = dict(model.named_parameters())
inner_lr = 0.1
a, b = 2.0, -1.0
xs, xq = torch.randn(5, 1), torch.randn(5, 1)
ys, yq = a * xs + b, a * xq + b


def loss(weights, x, y):
    return F.mse_loss(functional_call(model, weights, (x,)), y)


def meta_loss(weights, first_order=False):
    with torch.set_grad_enabled(not first_order):  # (1)!
        g = grad(loss)(weights, xs, ys)  # (2)!
    fast = {name: w - inner_lr * g[name] for name, w in weights.items()}
    return loss(fast, xq, yq)


def rounded(grads):
    return [round(g.item(), 4) for g in grads.values()]


# torch.autograd, como en el primer bloque.
grads = torch.autograd.grad(loss(params, xs, ys), list(params.values()), create_graph=True)
fast = {name: p - inner_lr * g for (name, p), g in zip(params.items(), grads)}
loss(fast, xq, yq).backward()
with_autograd = {name: p.grad.clone() for name, p in params.items()}

# torch.func de principio a fin: el gradiente de una función que calcula un gradiente.
with_func = grad(meta_loss)({name: p.detach() for name, p in params.items()})  # (3)!

# torch.func dentro, autograd fuera.
model.zero_grad()
meta_loss(params).backward()
mixed = {name: p.grad.clone() for name, p in params.items()}

print("autograd:", rounded(with_autograd))
#> autograd: [-1.7105, 1.5755]
print("torch.func:", rounded(with_func))
#> torch.func: [-1.7105, 1.5755]
print("torch.func dentro, backward() fuera:", rounded(mixed))
#> torch.func dentro, backward() fuera: [-1.7105, 1.5755]
print("allclose:", all(torch.allclose(with_autograd[n], with_func[n]) and torch.allclose(with_autograd[n], mixed[n])
                       for n in params))
#> allclose: True
first_order = grad(lambda w: meta_loss(w, first_order=True))({name: p.detach() for name, p in params.items()})
print("no_grad alrededor del grad() interno:", rounded(first_order))
#> no_grad alrededor del grad() interno: [-2.0316, 2.0327]
