import torch
import torch.nn.functional as F
from torch import nn
from torch.func import functional_call

torch.manual_seed(0)
model = nn.Linear(1, 1)  # the initial weights that MAML meta-learns
params = dict(model.named_parameters())
inner_lr = 0.1
a, b = 2.0, -1.0  # one task of the family y = a*x + b
xs, xq = torch.randn(5, 1), torch.randn(5, 1)  # its support and query inputs
ys, yq = a * xs + b, a * xq + b


def loss(weights, x, y):
    """The model's loss with the weights given, not its own: functional weights."""
    return F.mse_loss(functional_call(model, weights, (x,)), y)


def meta_gradient(create_graph):
    grads = torch.autograd.grad(loss(params, xs, ys), list(params.values()), create_graph=create_graph)  # (1)!
    fast = {name: p - inner_lr * g for (name, p), g in zip(params.items(), grads)}  # (2)!
    model.zero_grad()
    loss(fast, xq, yq).backward()  # the outer (meta) loss, on the query set
    return [p.grad.clone() for p in params.values()]


full = meta_gradient(create_graph=True)
first_order = meta_gradient(create_graph=False)  # (3)!
print("MAML, [weight, bias]:", [round(g.item(), 4) for g in full])
#> MAML, [weight, bias]: [-1.7105, 1.5755]
print("first-order MAML:", [round(g.item(), 4) for g in first_order])
#> first-order MAML: [-2.0316, 2.0327]
print("allclose:", all(torch.allclose(f, o) for f, o in zip(full, first_order)))
#> allclose: False

# What first-order MAML drops: -inner_lr * (Hessian of the support loss) @ (first-order MAML's gradient).
grads = torch.autograd.grad(loss(params, xs, ys), list(params.values()), create_graph=True)
hvp = torch.autograd.grad(grads, list(params.values()), grad_outputs=first_order)  # (4)!
print("the difference is the second-order term:",
      all(torch.allclose(f - o, -inner_lr * h) for f, o, h in zip(full, first_order, hvp)))
#> the difference is the second-order term: True
