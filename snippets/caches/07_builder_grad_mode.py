import functools

import torch
from torch import nn

torch.manual_seed(0)
scale = nn.Parameter(torch.ones(1))  # a parameter the builder reads

with torch.inference_mode():
    with torch.inference_mode(False):
        print("inside inference_mode(False), grad enabled:", torch.is_grad_enabled())
        #> inside inference_mode(False), grad enabled: True
        with torch.no_grad():
            print("no_grad inside it, grad enabled:", torch.is_grad_enabled())
            #> no_grad inside it, grad enabled: False
with torch.no_grad():
    with torch.inference_mode(False):
        print("no_grad outside it, grad enabled:", torch.is_grad_enabled())
        #> no_grad outside it, grad enabled: True


@functools.cache
@torch.inference_mode(False)
def table(n):  # (1)!
    return torch.arange(n)[:, None] * scale


@functools.cache
@torch.inference_mode(False)
@torch.no_grad()  # below inference_mode(False), so it runs inside it
def table_safe(n):
    return torch.arange(n)[:, None] * scale


with torch.inference_mode():  # both caches are filled during an evaluation
    t, s = table(4), table_safe(4)
print("inference_mode(False):", t.is_inference(), t.requires_grad, type(t.grad_fn).__name__)
#> inference_mode(False): False True MulBackward0
print("plus no_grad:", s.is_inference(), s.requires_grad, s.grad_fn)
#> plus no_grad: False False None

x = torch.randn(4, 1, requires_grad=True)
(x * table(4)).sum().backward()  # the first training step works
try:
    (x * table(4)).sum().backward()  # the cached graph was freed by the first backward
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
(x * table_safe(4)).sum().backward()
(x * table_safe(4)).sum().backward()
print("safe table, two backward passes: done")
#> safe table, two backward passes: done
