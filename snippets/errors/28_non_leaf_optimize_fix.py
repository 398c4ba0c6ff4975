import torch
from torch import nn

torch.manual_seed(0)
w = (torch.randn(3) * 0.01).requires_grad_()  # scale first, then ask for grad
v = nn.Parameter(torch.randn(3).to(torch.float64))  # convert first, then wrap
u = nn.Linear(3, 1).to(torch.float64).weight  # Module.to converts its parameters and keeps them leaves
opt = torch.optim.SGD([w, v, u], lr=0.1)
print(f"leaves: {w.is_leaf} {v.is_leaf} {u.is_leaf}; tensors given: {len(opt.param_groups[0]['params'])}")
#> leaves: True True True; tensors given: 3

layer = nn.Linear(4, 4).requires_grad_(False)
A, B = nn.Parameter(torch.randn(2, 4)), nn.Parameter(torch.randn(4, 2))
with torch.no_grad():
    layer.weight.add_(B @ A)  # the merge, not recorded
print(f"merged weight: leaf {layer.weight.is_leaf}, requires grad {layer.weight.requires_grad}")
#> merged weight: leaf True, requires grad False
opt = torch.optim.AdamW(layer.requires_grad_(True).parameters())  # unfrozen to train it further
layer(torch.randn(8, 4)).pow(2).mean().backward()
before = layer.weight.clone()
opt.step()
print(f"tensors given: {len(opt.param_groups[0]['params'])}; weight moved: {not torch.equal(layer.weight, before)}, still a leaf: {layer.weight.is_leaf}")
#> tensors given: 2; weight moved: True, still a leaf: True
