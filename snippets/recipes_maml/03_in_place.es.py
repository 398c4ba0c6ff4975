import copy

import torch
import torch.nn.functional as F
from torch import nn
from torch.func import functional_call

torch.manual_seed(0)
model = nn.Linear(1, 1)
params = dict(model.named_parameters())
inner_lr = 0.1
a, b = 2.0, -1.0
xs, xq = torch.randn(5, 1), torch.randn(5, 1)
ys, yq = a * xs + b, a * xq + b


def loss(weights, x, y):
    return F.mse_loss(functional_call(model, weights, (x,)), y)


def meta_gradient(create_graph):  # como en el primer bloque: pesos funcionales
    grads = torch.autograd.grad(loss(params, xs, ys), list(params.values()), create_graph=create_graph)
    fast = {name: p - inner_lr * g for (name, p), g in zip(params.items(), grads)}
    model.zero_grad()
    loss(fast, xq, yq).backward()
    return [p.grad.clone() for p in params.values()]


def same(grads, reference):
    return all(torch.allclose(g, r) for g, r in zip(grads, reference))


maml, first_order = meta_gradient(True), meta_gradient(False)
initial = copy.deepcopy(model.state_dict())

# El paso interno como un paso de SGD a mano: in-place, sobre los propios pesos del modelo.
grads = torch.autograd.grad(loss(params, xs, ys), list(params.values()))
with torch.no_grad():
    for p, g in zip(params.values(), grads):
        p.sub_(inner_lr * g)  # (1)!
model.zero_grad()
F.mse_loss(model(xq), yq).backward()
got = [p.grad for p in params.values()]
print("in-place: se conservan los pesos iniciales:", all(torch.equal(p, initial[n]) for n, p in params.items()))
#> in-place: se conservan los pesos iniciales: False
print(f"  el .grad es el de MAML {same(got, maml)}, el de MAML de primer orden {same(got, first_order)}")
#>   el .grad es el de MAML False, el de MAML de primer orden True

# El paso interno como un paso del optimizador, sobre una copia del modelo.
model.load_state_dict(initial)
learner = copy.deepcopy(model)  # (2)!
inner_opt = torch.optim.SGD(learner.parameters(), lr=inner_lr)
F.mse_loss(learner(xs), ys).backward()
inner_opt.step()
inner_opt.zero_grad()
model.zero_grad()
F.mse_loss(learner(xq), yq).backward()
print("paso del optimizador sobre una copia: el .grad de los pesos iniciales", [p.grad for p in params.values()])
#> paso del optimizador sobre una copia: el .grad de los pesos iniciales [None, None]
print(f"  el .grad de la copia es el de MAML de primer orden {same([p.grad for p in learner.parameters()], first_order)}")
#>   el .grad de la copia es el de MAML de primer orden True
