import torch
import torch.nn.functional as F
from torch import nn
from torch.func import functional_call, grad

torch.manual_seed(0)
model = nn.Linear(1, 1)
params = dict(model.named_parameters())
inner_lr = 0.3


def task():
    """A task of the family y = a*x + b: 5 support points, 5 query points."""
    a, b = torch.empty(2).uniform_(-2, 2)
    x = torch.randn(10, 1)
    y = a * x + b
    return x[:5], y[:5], x[5:], y[5:]


def loss(weights, x, y):
    return F.mse_loss(functional_call(model, weights, (x,)), y)


def adapt(weights, x, y, create_graph=False):
    """One inner step; create_graph=True only while meta-training."""
    grads = torch.autograd.grad(loss(weights, x, y), list(weights.values()), create_graph=create_graph)
    return {name: w - inner_lr * g for (name, w), g in zip(weights.items(), grads)}


meta_opt = torch.optim.Adam(model.parameters(), lr=0.01)
for _ in range(100):  # meta-training, 4 tasks per meta-batch
    meta_opt.zero_grad()
    tasks = [task() for _ in range(4)]
    meta_loss = sum(loss(adapt(params, xs, ys, create_graph=True), xq, yq) for xs, ys, xq, yq in tasks) / 4
    meta_loss.backward()
    meta_opt.step()
meta_opt.zero_grad()

# Evaluation on a new task.
model.eval()  # switches dropout and batch norm: this model has neither
xs, ys, xq, yq = task()
for mode in [torch.no_grad, torch.inference_mode]:
    with mode():  # (1)!
        try:
            adapt(params, xs, ys)
        except RuntimeError as e:
            print(f"{mode.__name__}: {type(e).__name__}: {e}")
            #> no_grad: RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
            #> inference_mode: RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
with torch.inference_mode(), torch.enable_grad():  # (2)!
    try:
        adapt(params, xs, ys)
    except RuntimeError as e:
        print(f"inference_mode + enable_grad: {type(e).__name__}: {e}")
        #> inference_mode + enable_grad: RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn

with torch.no_grad():
    with torch.enable_grad():  # (3)!
        fast = adapt(params, xs, ys)
    before, after = loss(params, xq, yq), loss(fast, xq, yq)  # the query predictions: no graph
print(f"query loss: {before.item():.2f} before adaptation, {after.item():.2f} after; requires grad {after.requires_grad}")
#> query loss: 0.96 before adaptation, 0.19 after; requires grad False
print("the weights' .grad untouched:", all(p.grad is None for p in params.values()))
#> the weights' .grad untouched: True

with torch.no_grad():
    g = grad(loss)(params, xs, ys)  # (4)!
print("torch.func.grad under no_grad, the same adapted weights:",
      all(torch.allclose(fast[n], params[n] - inner_lr * g[n]) for n in params))
#> torch.func.grad under no_grad, the same adapted weights: True

with torch.inference_mode():  # a Lightning Trainer's evaluation loop, by default
    batch = xs.clone(), ys.clone()  # made inside the mode, like a batch moved to the device there
    with torch.inference_mode(False):  # (5)!
        fast_im = adapt(params, *(t.clone() for t in batch))
print("inference_mode(False) and cloned inputs, the same adapted weights:",
      all(torch.allclose(fast_im[n], fast[n]) for n in params))
#> inference_mode(False) and cloned inputs, the same adapted weights: True
