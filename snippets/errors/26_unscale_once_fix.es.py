import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils import clip_grad_norm_

torch.manual_seed(0)
model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu", init_scale=1024.0)
x, y = torch.randn(8, 4), torch.randn(8, 1)

for step in range(2):
    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.float16):
        loss = F.mse_loss(model(x), y)
    scaler.scale(loss).backward()
    scaler.unscale_(optimizer)  # una vez por paso, antes de recortar
    norm = clip_grad_norm_(model.parameters(), max_norm=1.0)
    scaler.step(optimizer)  # sabe que los gradientes ya están desescalados
    scaler.update()  # el siguiente unscale_ vuelve a estar permitido
    print(step, f"norma real {norm.item():.4f}", "escala:", scaler.get_scale())
    #> 0 norma real 2.5414 escala: 1024.0
    #> 1 norma real 2.1144 escala: 1024.0
