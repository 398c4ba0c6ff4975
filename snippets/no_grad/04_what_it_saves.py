import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(256, 1024), nn.ReLU(), nn.Linear(1024, 1024), nn.ReLU(), nn.Linear(1024, 10)
)
x = torch.randn(512, 256)
known = {t.untyped_storage().data_ptr(): name for name, t in [("x", x), *model.named_parameters()]}


def count_saved(label, mode):
    saved = []  # (storage address, bytes) of every tensor autograd keeps for backward

    def pack(tensor):
        saved.append((tensor.untyped_storage().data_ptr(), tensor.untyped_storage().nbytes()))
        return tensor.detach()  # the same memory; the tensor itself would make a reference cycle

    with saved_tensors_hooks(pack, lambda tensor: tensor), mode():
        model(x)
    existing = [known[ptr] for ptr, _ in saved if ptr in known]
    new = {ptr: size for ptr, size in saved if ptr not in known}
    mib = sum(new.values()) / 2**20
    print(f"{label}: {len(saved)} saved = {len(existing)} existing ({', '.join(existing)})"
          f" + {len(saved) - len(existing)} saves of {len(new)} new tensors ({mib:.0f} MiB)")


# the same forward pass in each mode
count_saved("grad mode", torch.enable_grad)
#> grad mode: 7 saved = 3 existing (x, 2.weight, 4.weight) + 4 saves of 2 new tensors (4 MiB)
count_saved("no_grad", torch.no_grad)
#> no_grad: 0 saved = 0 existing () + 0 saves of 0 new tensors (0 MiB)
print(model[0].weight.grad)  # a forward pass stores no gradient, in any mode
#> None

out = model(x)  # grad mode: each node of the graph exposes what it saved
last_linear = out.grad_fn
relu = last_linear.next_functions[1][0]  # the node that fed the last Linear
ptrs = [t.untyped_storage().data_ptr() for t in [relu._saved_result, last_linear._saved_mat1]]
print(type(relu).__name__, "and", type(last_linear).__name__, "saved the same tensor:", ptrs[0] == ptrs[1])
#> ReluBackward0 and AddmmBackward0 saved the same tensor: True
