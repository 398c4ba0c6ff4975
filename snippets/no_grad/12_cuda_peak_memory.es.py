# requires: cuda
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(*[m for _ in range(8) for m in (nn.Linear(1024, 1024), nn.ReLU())]).cuda()
x = torch.randn(1024, 1024, device="cuda")
activation = x.numel() * x.element_size()  # la salida de una capa: 4 MiB
with torch.no_grad():
    model(x)  # calentamiento: cuBLAS asigna su espacio de trabajo una vez, antes de medir


def measure(mode):
    torch.cuda.synchronize()
    torch.cuda.reset_peak_memory_stats()
    before = torch.cuda.memory_allocated()
    with mode():
        out = model(x)
    torch.cuda.synchronize()
    held = torch.cuda.memory_allocated() - before  # la salida y lo guardado para la pasada hacia atrás
    del out
    return held // activation, torch.cuda.max_memory_allocated() - before


grad_held, grad_peak = measure(torch.enable_grad)
no_grad_held, no_grad_peak = measure(torch.no_grad)
print(f"salidas de capa retenidas tras la pasada hacia adelante: modo de gradientes {grad_held}, no_grad {no_grad_held}")
#> salidas de capa retenidas tras la pasada hacia adelante: modo de gradientes 8, no_grad 1
print("pico más alto en modo de gradientes:", grad_peak > no_grad_peak)
#> pico más alto en modo de gradientes: True
print("la memoria reservada no bajó:", torch.cuda.memory_reserved() >= 8 * activation)
#> la memoria reservada no bajó: True
