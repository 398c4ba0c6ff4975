import torch
from torch import nn

bn = nn.BatchNorm1d(3)
print([name for name, _ in bn.named_parameters()])
#> ['weight', 'bias']
print([name for name, _ in bn.named_buffers()])
#> ['running_mean', 'running_var', 'num_batches_tracked']


def flags(module):
    tensors = [*module.named_parameters(), *module.named_buffers()]
    return {name: t.requires_grad for name, t in tensors}


bn.requires_grad_(False)
print(flags(bn))
#> {'weight': False, 'bias': False, 'running_mean': False, 'running_var': False, 'num_batches_tracked': False}
bn.requires_grad_(True)
print(flags(bn))
#> {'weight': True, 'bias': True, 'running_mean': False, 'running_var': False, 'num_batches_tracked': False}
