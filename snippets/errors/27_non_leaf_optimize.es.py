import torch
from torch import nn

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True) * 0.01  # escalado después de pedir gradientes: un resultado
v = nn.Parameter(torch.randn(3)).to(torch.float64)  # otro dtype hace una copia: también un resultado
for t in [w, v]:
    try:
        torch.optim.SGD([t], lr=0.1)
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")
        #> ValueError: can't optimize a non-leaf Tensor
        #> ValueError: can't optimize a non-leaf Tensor

layer = nn.Linear(4, 4).requires_grad_(False)  # una base congelada
A, B = nn.Parameter(torch.randn(2, 4)), nn.Parameter(torch.randn(4, 2))  # un adaptador LoRA entrenado
layer.weight.add_(B @ A)  # la fusión, en modo de gradientes: aquí no hay error
print(f"peso fusionado: hoja {layer.weight.is_leaf}, requiere gradientes {layer.weight.requires_grad}")
#> peso fusionado: hoja False, requiere gradientes True
try:
    torch.optim.AdamW(layer.parameters())  # una segunda ronda de ajuste fino
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: can't optimize a non-leaf Tensor
