# requires: cuda
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(*[m for _ in range(8) for m in (nn.Linear(1024, 1024), nn.ReLU())]).cuda()
x = torch.randn(1024, 1024, device="cuda")
activation = x.numel() * x.element_size()  # one layer's output: 4 MiB
with torch.no_grad():
    model(x)  # warm-up: cuBLAS allocates its workspace once, before we measure


def measure(mode):
    torch.cuda.synchronize()
    torch.cuda.reset_peak_memory_stats()
    before = torch.cuda.memory_allocated()
    with mode():
        out = model(x)
    torch.cuda.synchronize()
    held = torch.cuda.memory_allocated() - before  # the output and what is saved for backward
    del out
    return held // activation, torch.cuda.max_memory_allocated() - before


grad_held, grad_peak = measure(torch.enable_grad)
no_grad_held, no_grad_peak = measure(torch.no_grad)
print(f"layer outputs held after the forward: grad mode {grad_held}, no_grad {no_grad_held}")
#> layer outputs held after the forward: grad mode 8, no_grad 1
print("higher peak in grad mode:", grad_peak > no_grad_peak)
#> higher peak in grad mode: True
print("reserved memory did not shrink:", torch.cuda.memory_reserved() >= 8 * activation)
#> reserved memory did not shrink: True
