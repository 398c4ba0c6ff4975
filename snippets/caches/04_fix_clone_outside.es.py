import torch
from torch import nn


def cos_table(n, dim):
    pos = torch.arange(n)[:, None]
    return torch.cos(pos * 10000 ** (-torch.arange(dim) / dim))


class Rotary(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.dim = dim
        self.cos = None

    def forward(self, x):
        n = x.shape[0]
        if self.cos is None or self.cos.shape[0] < n:
            self.cos = cos_table(n, self.dim)
        if self.cos.is_inference() and not torch.is_inference_mode_enabled():
            self.cos = self.cos.clone()  # (1)!
        return x * self.cos[:n]


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 8), Rotary(8))


def train_step(seq):  # pasadas hacia adelante y hacia atrás; el optimizador se omite
    model(seq).pow(2).mean().backward()


train_step(torch.randn(4, 8))
with torch.inference_mode():
    model(torch.randn(16, 8))
    print("un clon hecho dentro es un tensor de inferencia:", model[1].cos.clone().is_inference())
    #> un clon hecho dentro es un tensor de inferencia: True
print("la tabla es un tensor de inferencia:", model[1].cos.is_inference())
#> la tabla es un tensor de inferencia: True
train_step(torch.randn(4, 8))  # la pasada hacia adelante clona antes la tabla
print("segundo paso de entrenamiento: hecho")
#> segundo paso de entrenamiento: hecho
print("la tabla es ahora un tensor de inferencia:", model[1].cos.is_inference())
#> la tabla es ahora un tensor de inferencia: False
