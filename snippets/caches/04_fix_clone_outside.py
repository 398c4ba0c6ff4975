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


def train_step(seq):  # forward and backward; the optimizer is left out
    model(seq).pow(2).mean().backward()


train_step(torch.randn(4, 8))
with torch.inference_mode():
    model(torch.randn(16, 8))
    print("a clone made inside is an inference tensor:", model[1].cos.clone().is_inference())
    #> a clone made inside is an inference tensor: True
print("table is an inference tensor:", model[1].cos.is_inference())
#> table is an inference tensor: True
train_step(torch.randn(4, 8))  # forward clones the table first
print("second training step: done")
#> second training step: done
print("table is an inference tensor now:", model[1].cos.is_inference())
#> table is an inference tensor now: False
