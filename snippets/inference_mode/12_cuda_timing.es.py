# requires: cuda
import time

import torch
from torch import nn
from torch.utils.benchmark import Timer

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4096, 4096), nn.ReLU(), nn.Linear(4096, 4096)).cuda()
x = torch.randn(512, 4096, device="cuda")


def forward():
    with torch.inference_mode():
        model(x)


forward()  # calentamiento: contexto CUDA, handles de cuBLAS, selección de kernels
torch.cuda.synchronize()
start = time.perf_counter()
for _ in range(10):
    forward()
torch.cuda.synchronize()  # (1)!
by_hand = (time.perf_counter() - start) / 10

measurement = Timer("forward()", globals={"forward": forward}).blocked_autorange(min_run_time=0.5)  # (2)!
print(by_hand > 0, measurement.median > 0)
#> True True
