import torch
from torch import nn


def cos_table(n, dim):
    pos = torch.arange(n)[:, None]
    return torch.cos(pos * 10000 ** (-torch.arange(dim) / dim))


class Rotary(nn.Module):  # sin cambios: la tabla perezosa del ejemplo que falla
    def __init__(self, dim):
        super().__init__()
        self.dim = dim
        self.cos = None

    def forward(self, x):
        n = x.shape[0]
        if self.cos is None or self.cos.shape[0] < n:
            self.cos = cos_table(n, self.dim)
        return x * self.cos[:n]


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 8), Rotary(8))


def train_step(seq):  # pasadas hacia adelante y hacia atrás; el optimizador se omite
    model(seq).pow(2).mean().backward()


train_step(torch.randn(4, 8))
with torch.no_grad():  # en lugar de inference_mode
    model(torch.randn(16, 8))
table = model[1].cos
print("la tabla es un tensor de inferencia:", table.is_inference(), "| requiere gradientes:", table.requires_grad)
#> la tabla es un tensor de inferencia: False | requiere gradientes: False
train_step(torch.randn(4, 8))
print("segundo paso de entrenamiento: hecho")
#> segundo paso de entrenamiento: hecho
