import torch
from torch import nn


def train_step(unscale_first):
    torch.manual_seed(0)
    model = nn.Linear(4, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    scaler = torch.amp.GradScaler("cpu")  # "cuda" on a GPU: the same order
    scaler.scale(model(torch.randn(16, 4)).pow(2).mean()).backward()  # grads times the scale
    if unscale_first:
        scaler.unscale_(opt)  # (1)!
    seen = nn.utils.clip_grad_norm_(model.parameters(), max_norm=0.5)
    scaler.step(opt)  # unscales the gradients if you did not
    scaler.update()
    used = torch.linalg.vector_norm(torch.cat([p.grad.flatten() for p in model.parameters()]))
    print(f"scale {scaler.get_scale():.0f}, clip saw {seen.item():.2f}, step used {used.item():.2g}")


train_step(unscale_first=False)  # clips the scaled gradients: far too much
#> scale 65536, clip saw 59120.43, step used 7.6e-06
train_step(unscale_first=True)
#> scale 65536, clip saw 0.90, step used 0.5
