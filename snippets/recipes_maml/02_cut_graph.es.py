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
meta_opt = torch.optim.SGD(model.parameters(), lr=0.01)


def loss(weights, x, y):
    return F.mse_loss(functional_call(model, weights, (x,)), y)


def inner_step(how):
    grads = torch.autograd.grad(loss(params, xs, ys), list(params.values()), create_graph=True)
    pairs = zip(params.items(), grads)
    if how == "no_grad":
        with torch.no_grad():  # (1)!
            return {name: p - inner_lr * g for (name, p), g in pairs}
    fast = {name: (p - inner_lr * g).detach() for (name, p), g in pairs}  # (2)!
    if how == "detach().requires_grad_()":
        fast = {name: w.requires_grad_() for name, w in fast.items()}  # (3)!
    return fast


for how in ["no_grad", "detach()", "detach().requires_grad_()"]:
    fast = inner_step(how)
    meta_loss = loss(fast, xq, yq)
    before = [p.clone() for p in params.values()]
    meta_opt.zero_grad()
    try:
        meta_loss.backward()
    except RuntimeError as e:
        print(f"{how}: {type(e).__name__}: {e}")
        #> no_grad: RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
        #> detach(): RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
        continue
    meta_opt.step()
    print(f"{how}: sin error; el .grad de los pesos iniciales {[p.grad for p in params.values()]}, "
          f"cambiados por el metapaso {[not torch.equal(p, q) for p, q in zip(params.values(), before)]}")
    #> detach().requires_grad_(): sin error; el .grad de los pesos iniciales [None, None], cambiados por el metapaso [False, False]
    print("el gradiente fue a las copias separadas:", [round(w.grad.item(), 4) for w in fast.values()])
    #> el gradiente fue a las copias separadas: [-2.0316, 2.0327]

# Solo algunos pesos adaptados (ANIL adapta solo la cabeza; aquí, el sesgo), bajo no_grad.
g = torch.autograd.grad(loss(params, xs, ys), params["bias"], create_graph=True)[0]
with torch.no_grad():
    fast = {"bias": params["bias"] - inner_lr * g}  # (4)!
meta_opt.zero_grad()
loss(fast, xq, yq).backward()  # functional_call toma el peso del modelo
print("no_grad, solo el sesgo: sin error; .grad es None", {n: p.grad is None for n, p in params.items()})
#> no_grad, solo el sesgo: sin error; .grad es None {'weight': False, 'bias': True}
meta = torch.autograd.grad(loss({"bias": params["bias"] - inner_lr * g}, xq, yq), params["weight"])[0]  # el paso en modo de gradientes: el metagradiente del peso
print("  el .grad del peso es su metagradiente:", torch.allclose(params["weight"].grad, meta))
#>   el .grad del peso es su metagradiente: False
