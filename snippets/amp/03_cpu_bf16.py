import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(16, 4), torch.randn(16, 1)

print("default CPU dtype:", torch.get_autocast_dtype("cpu"))
#> default CPU dtype: torch.bfloat16
with torch.autocast("cpu", dtype=torch.float16):  # float16 is accepted too
    print("float16 autocast:", model(x).dtype)
    #> float16 autocast: torch.float16

with torch.autocast("cpu", dtype=torch.bfloat16):  # (1)!
    out = model(x)
    loss = F.mse_loss(out, y)
print("out:", out.dtype, "| loss:", loss.dtype)  # (2)!
#> out: torch.bfloat16 | loss: torch.float32
loss.backward()  # (3)!
print("weight:", model[0].weight.dtype, "| grad:", model[0].weight.grad.dtype)
#> weight: torch.float32 | grad: torch.float32
optimizer.step()
optimizer.zero_grad()

# Evaluation: autocast for speed, no_grad (or inference_mode) for memory.
with torch.autocast("cpu", dtype=torch.bfloat16), torch.no_grad():
    val = model(x)
print("eval:", val.dtype, val.requires_grad)
#> eval: torch.bfloat16 False

# Why bf16 needs no GradScaler: it has float32's range, float16 does not.
tiny_grad = torch.tensor(1e-8)
print("float16:", tiny_grad.to(torch.float16).item())
#> float16: 0.0
print("bfloat16:", f"{tiny_grad.to(torch.bfloat16).item():.2e}")
#> bfloat16: 1.00e-08
