import torch
from torch import nn


def cos_table(n, dim):
    pos = torch.arange(n)[:, None]
    return torch.cos(pos * 10000 ** (-torch.arange(dim) / dim))


class Rotary(nn.Module):
    def __init__(self, dim, max_len=64):
        super().__init__()
        # Se construye una vez, al crear el modelo (fuera de inference_mode)
        self.register_buffer("cos", cos_table(max_len, dim), persistent=False)  # (1)!

    def forward(self, x):
        return x * self.cos[: x.shape[0]]


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 8), Rotary(8))
print("buffers:", [name for name, _ in model.named_buffers()])
#> buffers: ['1.cos']
print("en el state_dict:", "1.cos" in model.state_dict())
#> en el state_dict: False


def train_step(seq):  # pasadas hacia adelante y hacia atrás; el optimizador se omite
    model(seq).pow(2).mean().backward()


train_step(torch.randn(4, 8))
with torch.inference_mode():
    model(torch.randn(16, 8))
print("la tabla es un tensor de inferencia:", model[1].cos.is_inference())
#> la tabla es un tensor de inferencia: False
train_step(torch.randn(4, 8))
print("segundo paso de entrenamiento: hecho")
#> segundo paso de entrenamiento: hecho
