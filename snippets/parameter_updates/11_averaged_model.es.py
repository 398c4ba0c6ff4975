import torch
from torch import nn
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1, 1, bias=False), nn.BatchNorm1d(1))
swa = AveragedModel(model)  # por defecto: media con el mismo peso (SWA)
ema = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.9))
ema_buffers = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.9), use_buffers=True)

for value in [1.0, 2.0, 3.0]:  # tres "pasos de entrenamiento"
    with torch.no_grad():
        model[0].weight.fill_(value)
        model(torch.randn(8, 1) + value)  # mueve el running_mean de BatchNorm
    for averaged in (swa, ema, ema_buffers):
        averaged.update_parameters(model)


def weight(m):
    return round(m.module[0].weight.item(), 3)


def running_mean(m):
    return round(m[1].running_mean.item(), 3)


print(f"peso: SWA {weight(swa)}, EMA {weight(ema)}, EMA con buffers {weight(ema_buffers)}")
#> peso: SWA 2.0, EMA 1.29, EMA con buffers 1.29
print(f"running_mean: modelo {running_mean(model)}, EMA {running_mean(ema.module)}, "
      f"EMA con buffers {running_mean(ema_buffers.module)}")
#> running_mean: modelo 1.437, EMA 1.437, EMA con buffers 0.299
