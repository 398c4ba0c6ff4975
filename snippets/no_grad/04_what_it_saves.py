import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(256, 1024), nn.ReLU(),
    nn.Linear(1024, 1024), nn.ReLU(),
    nn.Linear(1024, 10),
)
x = torch.randn(512, 256)
known = {t.untyped_storage().data_ptr() for t in [x, *model.parameters()]}


def count_saved(label, mode):
    saved = []

    def pack(tensor):  # called for every tensor autograd keeps for backward
        saved.append(tensor)
        return tensor

    with saved_tensors_hooks(pack, lambda tensor: tensor), mode():
        model(x)
    new = {t.untyped_storage().data_ptr(): t.untyped_storage().nbytes() for t in saved}
    new = {ptr: size for ptr, size in new.items() if ptr not in known}
    mib = sum(new.values()) / 2**20
    print(f"{label}: {len(saved)} saved, {len(new)} new activations, {mib:.0f} MiB")


count_saved("grad mode", torch.enable_grad)
#> grad mode: 7 saved, 2 new activations, 4 MiB
count_saved("no_grad", torch.no_grad)
#> no_grad: 0 saved, 0 new activations, 0 MiB
print(model[0].weight.grad)  # a forward pass stores no gradient, in any mode
#> None
