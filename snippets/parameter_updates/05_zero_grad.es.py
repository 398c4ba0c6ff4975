import torch

w = torch.ones(2, requires_grad=True)
for _ in range(2):
    (w * 3).sum().backward()
print(w.grad)  # los gradientes se suman de una llamada a backward() a otra
#> tensor([6., 6.])

w.grad = None  # lo que hace optimizer.zero_grad() por defecto
(w * 3).sum().backward()
print(w.grad)
#> tensor([3., 3.])

opt = torch.optim.SGD([w], lr=0.1)
opt.zero_grad()
print(w.grad)
#> None
