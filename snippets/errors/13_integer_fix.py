import torch

labels = torch.tensor([0, 1, 2])
x = labels.float().requires_grad_()  # a float copy can require grad
(x ** 2).sum().backward()
print(x.grad)  # d(x^2)/dx = 2x
#> tensor([0., 2., 4.])
