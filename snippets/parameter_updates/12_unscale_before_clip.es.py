import torch
from torch import nn


def train_step(unscale_first):
    torch.manual_seed(0)
    model = nn.Linear(4, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    scaler = torch.amp.GradScaler("cpu")  # "cuda" en una GPU: el mismo orden
    scaler.scale(model(torch.randn(16, 4)).pow(2).mean()).backward()  # gradientes multiplicados por la escala
    if unscale_first:
        scaler.unscale_(opt)  # (1)!
    seen = nn.utils.clip_grad_norm_(model.parameters(), max_norm=0.5)
    scaler.step(opt)  # quita la escala de los gradientes si no lo hiciste tú
    scaler.update()
    used = torch.linalg.vector_norm(torch.cat([p.grad.flatten() for p in model.parameters()]))
    print(f"escala {scaler.get_scale():.0f}, el recorte vio {seen.item():.2f}, el paso usó {used.item():.2g}")


train_step(unscale_first=False)  # recorta los gradientes escalados: mucho más de la cuenta
#> escala 65536, el recorte vio 59120.43, el paso usó 7.6e-06
train_step(unscale_first=True)
#> escala 65536, el recorte vio 0.90, el paso usó 0.5
