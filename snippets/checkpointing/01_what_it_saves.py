import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
block = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, 16))
calls = []
block.register_forward_pre_hook(lambda module, args: calls.append(1))  # counts forward calls
x = torch.randn(8, 16, requires_grad=True)


def run(label, mode, use_checkpoint):
    calls.clear()
    saved = []

    def pack(tensor):  # called for every tensor kept for backward
        saved.append(tensor)
        return tensor

    with saved_tensors_hooks(pack, lambda tensor: tensor), mode():
        if use_checkpoint:
            y = checkpoint(block, x, use_reentrant=False)
        else:
            y = block(x)
    kept_x = any(t is x for t in saved)
    print(f"{label}: saved={len(saved)} kept_x={kept_x}",
          f"forward_calls={len(calls)} requires_grad={y.requires_grad}")
    if y.requires_grad:
        y.sum().backward()
        print(f"    after backward: forward_calls={len(calls)}")


run("grad mode", torch.enable_grad, use_checkpoint=False)
#> grad mode: saved=5 kept_x=True forward_calls=1 requires_grad=True
#>     after backward: forward_calls=1
run("grad mode + checkpoint", torch.enable_grad, use_checkpoint=True)
#> grad mode + checkpoint: saved=1 kept_x=True forward_calls=1 requires_grad=True
#>     after backward: forward_calls=2
run("no_grad", torch.no_grad, use_checkpoint=False)
#> no_grad: saved=0 kept_x=False forward_calls=1 requires_grad=False
run("no_grad + checkpoint", torch.no_grad, use_checkpoint=True)
#> no_grad + checkpoint: saved=0 kept_x=False forward_calls=1 requires_grad=False
