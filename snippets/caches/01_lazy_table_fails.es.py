import torch
from torch import nn


def cos_table(n, dim):
    pos = torch.arange(n)[:, None]
    return torch.cos(pos * 10000 ** (-torch.arange(dim) / dim))


class Rotary(nn.Module):  # un embedding rotatorio de juguete
    def __init__(self, dim):
        super().__init__()
        self.dim = dim
        self.cos = None  # se construye en el primer uso y crece con secuencias más largas

    def forward(self, x):
        n = x.shape[0]
        if self.cos is None or self.cos.shape[0] < n:
            self.cos = cos_table(n, self.dim)  # (1)!
        return x * self.cos[:n]


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 8), Rotary(8))


def train_step(seq):  # pasadas hacia adelante y hacia atrás; el optimizador se omite
    model(seq).pow(2).mean().backward()


train_step(torch.randn(4, 8))
print("primer paso de entrenamiento: hecho")
#> primer paso de entrenamiento: hecho

with torch.inference_mode():  # evaluación con una secuencia más larga
    model(torch.randn(16, 8))
print("la tabla es un tensor de inferencia:", model[1].cos.is_inference())
#> la tabla es un tensor de inferencia: True

try:
    train_step(torch.randn(4, 8))
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.
