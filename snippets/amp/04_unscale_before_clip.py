import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils import clip_grad_norm_, get_total_norm

torch.manual_seed(0)
model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu", init_scale=1024.0)
x, y = torch.randn(8, 4), torch.randn(8, 1)


def scaled_backward():
    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.float16):
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
print(f"clip saw a norm of {norm.item():.1f}")
#> clip saw a norm of 2602.4
print(f"the step uses a norm of {grad_norm():.2e}")
#> the step uses a norm of 9.77e-04
scaler.step(optimizer)
scaler.update()

# Right: unscale_, then clip, then step.
scaled_backward()
scaler.unscale_(optimizer)
norm = clip_grad_norm_(model.parameters(), max_norm=1.0)
print(f"clip saw a norm of {norm.item():.4f}")
#> clip saw a norm of 2.5409
print(f"the step uses a norm of {grad_norm():.4f}")
#> the step uses a norm of 1.0000
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
