import torch

w = torch.ones(2, requires_grad=True)
for _ in range(2):
    (w * 3).sum().backward()
print(w.grad)  # gradients add up across backward calls
#> tensor([6., 6.])

w.grad = None  # what optimizer.zero_grad() does by default
(w * 3).sum().backward()
print(w.grad)
#> tensor([3., 3.])

opt = torch.optim.SGD([w], lr=0.1)
opt.zero_grad()
print(w.grad)
#> None
