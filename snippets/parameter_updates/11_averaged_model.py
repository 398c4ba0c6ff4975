import torch
from torch import nn
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1, 1, bias=False), nn.BatchNorm1d(1))
swa = AveragedModel(model)  # default: equal-weight average (SWA)
ema = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.9))
ema_buffers = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.9), use_buffers=True)

for value in [1.0, 2.0, 3.0]:  # three "training steps"
    with torch.no_grad():
        model[0].weight.fill_(value)
        model(torch.randn(8, 1) + value)  # moves BatchNorm's running_mean
    for averaged in (swa, ema, ema_buffers):
        averaged.update_parameters(model)


def weight(m):
    return round(m.module[0].weight.item(), 3)


def running_mean(m):
    return round(m[1].running_mean.item(), 3)


print(f"weight: SWA {weight(swa)}, EMA {weight(ema)}, EMA with buffers {weight(ema_buffers)}")
#> weight: SWA 2.0, EMA 1.29, EMA with buffers 1.29
print(f"running_mean: model {running_mean(model)}, EMA {running_mean(ema.module)}, "
      f"EMA with buffers {running_mean(ema_buffers.module)}")
#> running_mean: model 1.437, EMA 1.437, EMA with buffers 0.299
