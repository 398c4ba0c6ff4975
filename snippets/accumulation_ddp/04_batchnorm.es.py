import torch
from torch import nn

torch.manual_seed(0)
x, y = torch.randn(8, 4), torch.randn(8, 1)
loss_fn = nn.MSELoss()
k = 4


def accumulation_matches(model):
    weight = model[-1].weight
    model.zero_grad()
    loss_fn(model(x), y).backward()  # el lote entero de una vez
    big = weight.grad.clone()
    model.zero_grad()
    for xs, ys in zip(x.split(2), y.split(2)):
        (loss_fn(model(xs), ys) / k).backward()  # el bucle correcto
    return torch.allclose(weight.grad, big)


print("Linear:", accumulation_matches(nn.Sequential(nn.Linear(4, 1))))
#> Linear: True
bn_model = nn.Sequential(nn.BatchNorm1d(4), nn.Linear(4, 1))
print("BatchNorm, modo de entrenamiento:", accumulation_matches(bn_model))  # estadísticas del lote
#> BatchNorm, modo de entrenamiento: False
print("BatchNorm, modo de evaluación:", accumulation_matches(bn_model.eval()))  # estadísticas acumuladas
#> BatchNorm, modo de evaluación: True
