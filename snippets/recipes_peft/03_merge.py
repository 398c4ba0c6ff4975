import torch
from torch import nn


class LoRALinear(nn.Module):
    def __init__(self, base, r=4, alpha=8):
        super().__init__()
        self.base = base.requires_grad_(False)
        self.A = nn.Parameter(torch.randn(r, base.in_features) / r**0.5)
        self.B = nn.Parameter(torch.randn(base.out_features, r))  # as if the adapter had been trained
        self.scale = alpha / r
        self.merged = False

    def forward(self, x):
        out = self.base(x)
        return out if self.merged else out + x @ self.A.T @ self.B.T * self.scale


def make_layer():
    torch.manual_seed(0)
    return LoRALinear(nn.Linear(16, 16))


x = torch.randn(4, 16)
layer = make_layer()
with torch.no_grad():
    expected = layer(x)  # the output with the adapter
    layer.base.weight.add_(layer.B @ layer.A * layer.scale)  # (1)!
layer.merged = True
w = layer.base.weight
print(f"merged under no_grad: leaf {w.is_leaf}, requires grad {w.requires_grad}, same output {torch.allclose(layer(x), expected, atol=1e-6)}")
#> merged under no_grad: leaf True, requires grad False, same output True

# The base weight still requires grad (it was never frozen): the merge raises.
layer = make_layer()
layer.base.requires_grad_(True)
try:
    layer.base.weight.add_(layer.B @ layer.A * layer.scale)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

# The base is frozen: the merge in grad mode raises nothing, and records a graph.
layer = make_layer()
layer.base.weight.add_(layer.B @ layer.A * layer.scale)  # (2)!
layer.merged = True
w = layer.base.weight
print(f"merged in grad mode: leaf {w.is_leaf}, requires grad {w.requires_grad}, grad_fn {type(w.grad_fn).__name__}")
#> merged in grad mode: leaf False, requires grad True, grad_fn AddBackward0
print("the output requires grad:", layer(x).requires_grad)
#> the output requires grad: True
try:
    layer.requires_grad_(False)  # freezing it all for export
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().
try:
    torch.optim.AdamW(layer.parameters())  # training it further
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: can't optimize a non-leaf Tensor

# Training on after the same merge: the first backward runs, the second raises.
layer = make_layer()
layer.base.weight.add_(layer.B @ layer.A * layer.scale)
layer.merged = True
w = layer.base.weight
layer(x).sum().backward()
print(f"first backward: A.grad set {layer.A.grad is not None}, B.grad set {layer.B.grad is not None}")
#> first backward: A.grad set True, B.grad set True
try:
    layer(x).sum().backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.

# The repair: detach_() makes the merged weight a leaf again and keeps its values.
values = w.detach().clone()
for p in layer.parameters():
    if p.grad_fn is not None:
        p.detach_()  # (3)!
layer.requires_grad_(False)
torch.optim.AdamW(layer.parameters())  # no error now
print(f"after detach_(): leaf {w.is_leaf}, same values {torch.equal(w, values)}, frozen {not w.requires_grad}")
#> after detach_(): leaf True, same values True, frozen True
