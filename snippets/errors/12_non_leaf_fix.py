import torch

w = torch.ones(3, requires_grad=True)
y = w * 2

y_const = y.detach()  # a tensor with no graph, sharing y's values
print(y_const.requires_grad, y_const.is_leaf)
#> False True

w.requires_grad_(False)  # to freeze, change the flag on the leaf
y = w * 2
print(y.requires_grad)
#> False
