import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))  # "preentrenado"
model[2] = nn.Linear(4, 3)  # una cabeza nueva para la tarea nueva...
model.requires_grad_(False)  # ...congelada con el resto: se congela después
try:
    torch.optim.AdamW(filter(lambda p: p.requires_grad, model.parameters()))
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: optimizer got an empty parameter list

params = model.requires_grad_(True).parameters()  # un generador: se puede leer una sola vez
print("parámetros:", sum(p.numel() for p in params))
#> parámetros: 35
try:
    torch.optim.AdamW(params)  # el mismo generador, ya agotado
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: optimizer got an empty parameter list
