import torch
from torch import nn

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True) * 0.01  # scaled after asking for grad: a result
v = nn.Parameter(torch.randn(3)).to(torch.float64)  # a new dtype makes a copy: a result too
for t in [w, v]:
    try:
        torch.optim.SGD([t], lr=0.1)
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")
        #> ValueError: can't optimize a non-leaf Tensor
        #> ValueError: can't optimize a non-leaf Tensor

layer = nn.Linear(4, 4).requires_grad_(False)  # a frozen base
A, B = nn.Parameter(torch.randn(2, 4)), nn.Parameter(torch.randn(4, 2))  # a trained LoRA adapter
layer.weight.add_(B @ A)  # the merge, in grad mode: no error here
print(f"merged weight: leaf {layer.weight.is_leaf}, requires grad {layer.weight.requires_grad}")
#> merged weight: leaf False, requires grad True
try:
    torch.optim.AdamW(layer.parameters())  # a second round of fine-tuning
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: can't optimize a non-leaf Tensor
