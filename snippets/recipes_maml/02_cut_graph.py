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
    print(f"{how}: no error; the initial weights' .grad {[p.grad for p in params.values()]}, "
          f"changed by the meta step {[not torch.equal(p, q) for p, q in zip(params.values(), before)]}")
    #> detach().requires_grad_(): no error; the initial weights' .grad [None, None], changed by the meta step [False, False]
    print("the gradient went to the detached copies:", [round(w.grad.item(), 4) for w in fast.values()])
    #> the gradient went to the detached copies: [-2.0316, 2.0327]

# Only some weights adapted (ANIL adapts only the head; here, the bias), under no_grad.
g = torch.autograd.grad(loss(params, xs, ys), params["bias"], create_graph=True)[0]
with torch.no_grad():
    fast = {"bias": params["bias"] - inner_lr * g}  # (4)!
meta_opt.zero_grad()
loss(fast, xq, yq).backward()  # functional_call takes the weight from the model
print("no_grad, bias only: no error; .grad is None", {n: p.grad is None for n, p in params.items()})
#> no_grad, bias only: no error; .grad is None {'weight': False, 'bias': True}
meta = torch.autograd.grad(loss({"bias": params["bias"] - inner_lr * g}, xq, yq), params["weight"])[0]  # the step in grad mode: the weight's meta-gradient
print("  the weight's .grad is its meta-gradient:", torch.allclose(params["weight"].grad, meta))
#>   the weight's .grad is its meta-gradient: False
