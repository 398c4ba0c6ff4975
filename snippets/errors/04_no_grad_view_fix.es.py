import torch

# Las dos cosas dentro de no_grad: el cambio no se registra
w = torch.ones(4, requires_grad=True)
with torch.no_grad():
    head = w[:2]
    head.zero_()
print(w)
#> tensor([0., 0., 1., 1.], requires_grad=True)

# Las dos fuera: el cambio se registra, y el gradiente lo ve
w = torch.ones(4, requires_grad=True)
h = w * 1  # una copia que no es hoja y que autograd registra
h[:2].zero_()
h.sum().backward()
print(w.grad)
#> tensor([0., 0., 1., 1.])
