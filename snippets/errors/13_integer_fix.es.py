import torch

labels = torch.tensor([0, 1, 2])
x = labels.float().requires_grad_()  # una copia en coma flotante puede requerir gradientes
(x ** 2).sum().backward()
print(x.grad)  # d(x^2)/dx = 2x
#> tensor([0., 2., 4.])
