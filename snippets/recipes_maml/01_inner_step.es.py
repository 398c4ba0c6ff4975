import torch
import torch.nn.functional as F
from torch import nn
from torch.func import functional_call

torch.manual_seed(0)
model = nn.Linear(1, 1)  # los pesos iniciales que MAML metaaprende
params = dict(model.named_parameters())
inner_lr = 0.1
a, b = 2.0, -1.0  # una tarea de la familia y = a*x + b
xs, xq = torch.randn(5, 1), torch.randn(5, 1)  # sus entradas de soporte y de consulta
ys, yq = a * xs + b, a * xq + b


def loss(weights, x, y):
    """La pérdida del modelo con los pesos que recibe, no con los suyos: pesos funcionales."""
    return F.mse_loss(functional_call(model, weights, (x,)), y)


def meta_gradient(create_graph):
    grads = torch.autograd.grad(loss(params, xs, ys), list(params.values()), create_graph=create_graph)  # (1)!
    fast = {name: p - inner_lr * g for (name, p), g in zip(params.items(), grads)}  # (2)!
    model.zero_grad()
    loss(fast, xq, yq).backward()  # la pérdida externa (la metapérdida), sobre el conjunto de consulta
    return [p.grad.clone() for p in params.values()]


full = meta_gradient(create_graph=True)
first_order = meta_gradient(create_graph=False)  # (3)!
print("MAML, [peso, sesgo]:", [round(g.item(), 4) for g in full])
#> MAML, [peso, sesgo]: [-1.7105, 1.5755]
print("MAML de primer orden:", [round(g.item(), 4) for g in first_order])
#> MAML de primer orden: [-2.0316, 2.0327]
print("allclose:", all(torch.allclose(f, o) for f, o in zip(full, first_order)))
#> allclose: False

# Lo que descarta MAML de primer orden: -inner_lr * (hessiana de la pérdida de soporte) @ (el gradiente de MAML de primer orden).
grads = torch.autograd.grad(loss(params, xs, ys), list(params.values()), create_graph=True)
hvp = torch.autograd.grad(grads, list(params.values()), grad_outputs=first_order)  # (4)!
print("la diferencia es el término de segundo orden:",
      all(torch.allclose(f - o, -inner_lr * h) for f, o, h in zip(full, first_order, hvp)))
#> la diferencia es el término de segundo orden: True
