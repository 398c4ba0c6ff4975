import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
reference = copy.deepcopy(model)  # los mismos pesos iniciales
data, target = torch.randn(16, 4), torch.randn(16, 1)
loss_fn = nn.MSELoss()  # media sobre el lote
k = 4  # microlotes por paso del optimizador

# Referencia: un paso por cada lote de 8
opt = torch.optim.SGD(reference.parameters(), lr=0.1)
for x, y in zip(data.split(8), target.split(8)):
    loss_fn(reference(x), y).backward()
    opt.step()
    opt.zero_grad()

# Acumulación: microlotes de 2, un paso cada k de ellos
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for i, (x, y) in enumerate(zip(data.split(2), target.split(2)), start=1):
    loss = loss_fn(model(x), y) / k  # (1)!
    loss.backward()  # suma en .grad
    if i % k == 0:
        opt.step()
        opt.zero_grad()  # (2)!

# Las mismas sumas en otro orden: iguales salvo redondeo de coma flotante, no bit a bit
print("pesos iguales bit a bit:", torch.equal(model.weight, reference.weight))
#> pesos iguales bit a bit: False
print("pesos allclose:", torch.allclose(model.weight, reference.weight))
#> pesos allclose: True
print(f"mayor diferencia en los pesos: {(model.weight - reference.weight).abs().max():.0e}")
#> mayor diferencia en los pesos: 1e-08
print("sesgo igual bit a bit:", torch.equal(model.bias, reference.bias))
#> sesgo igual bit a bit: True
print("sesgo allclose:", torch.allclose(model.bias, reference.bias))
#> sesgo allclose: True
