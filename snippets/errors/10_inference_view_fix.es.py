import torch

# Las dos cosas dentro de inference_mode: el cambio no se registra
base = torch.ones(4, requires_grad=True)
with torch.inference_mode():
    view = base[:2]
    view.mul_(2)
print(base)
#> tensor([2., 2., 1., 1.], requires_grad=True)

# Las dos fuera, sobre una copia que autograd registra: el cambio se registra
base = torch.ones(4, requires_grad=True)
copy = base * 1
copy[:2].mul_(2)
copy.sum().backward()
print(base.grad)
#> tensor([2., 2., 1., 1.])
