import torch

# Both inside no_grad: the edit is not recorded
w = torch.ones(4, requires_grad=True)
with torch.no_grad():
    head = w[:2]
    head.zero_()
print(w)
#> tensor([0., 0., 1., 1.], requires_grad=True)

# Both outside: the edit is recorded, and the gradient sees it
w = torch.ones(4, requires_grad=True)
h = w * 1  # a non-leaf copy that autograd tracks
h[:2].zero_()
h.sum().backward()
print(w.grad)
#> tensor([0., 0., 1., 1.])
