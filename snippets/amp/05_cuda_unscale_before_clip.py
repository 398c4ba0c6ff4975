# requires: cuda
import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils import clip_grad_norm_, get_total_norm

torch.manual_seed(0)
model = nn.Linear(4, 1).cuda()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cuda", init_scale=1024.0)
x, y = torch.randn(8, 4).cuda(), torch.randn(8, 1).cuda()  # the CPU tab's data


def scaled_backward():
    optimizer.zero_grad()
    with torch.autocast("cuda", dtype=torch.float16):
        out = model(x)
        loss = F.mse_loss(out, y)
    scaler.scale(loss).backward()  # gradients are multiplied by the scale
    return out.dtype, loss.dtype


def grad_norm():
    return get_total_norm([p.grad for p in model.parameters()]).item()


print("scale:", scaler.get_scale())
#> scale: 1024.0

# Wrong: clip the scaled gradients, then unscale them.
print(scaled_backward())
#> (torch.float16, torch.float32)
norm = clip_grad_norm_(model.parameters(), max_norm=1.0)
scaler.unscale_(optimizer)
print("clip saw a norm above 1000:", norm.item() > 1000)
#> clip saw a norm above 1000: True
print("the step uses a norm below 0.01:", grad_norm() < 0.01)
#> the step uses a norm below 0.01: True
scaler.step(optimizer)
scaler.update()

# Right: unscale_, then clip, then step.
scaled_backward()
scaler.unscale_(optimizer)
norm = clip_grad_norm_(model.parameters(), max_norm=1.0)
print("clip saw a norm between 1 and 10:", 1 < norm.item() < 10)
#> clip saw a norm between 1 and 10: True
print("the step uses a norm within 1e-4 of 1:", abs(grad_norm() - 1) < 1e-4)
#> the step uses a norm within 1e-4 of 1: True
try:
    scaler.unscale_(optimizer)  # a second call before step()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: unscale_() has already been called on this optimizer since the last update().
scaler.step(optimizer)
scaler.update()
print("scale after two steps:", scaler.get_scale())
#> scale after two steps: 1024.0
print("gradients are float32:", model.weight.grad.dtype)
#> gradients are float32: torch.float32
