import torch
from torch import nn


def cos_table(n, dim):
    pos = torch.arange(n)[:, None]
    return torch.cos(pos * 10000 ** (-torch.arange(dim) / dim))


class Rotary(nn.Module):
    def __init__(self, dim, max_len=64):
        super().__init__()
        # Built once, when the model is created (outside inference_mode)
        self.register_buffer("cos", cos_table(max_len, dim), persistent=False)  # (1)!

    def forward(self, x):
        return x * self.cos[: x.shape[0]]


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 8), Rotary(8))
print("buffers:", [name for name, _ in model.named_buffers()])
#> buffers: ['1.cos']
print("in the state_dict:", "1.cos" in model.state_dict())
#> in the state_dict: False


def train_step(seq):  # forward and backward; the optimizer is left out
    model(seq).pow(2).mean().backward()


train_step(torch.randn(4, 8))
with torch.inference_mode():
    model(torch.randn(16, 8))
print("table is an inference tensor:", model[1].cos.is_inference())
#> table is an inference tensor: False
train_step(torch.randn(4, 8))
print("second training step: done")
#> second training step: done
