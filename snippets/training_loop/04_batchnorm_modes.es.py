import torch
from torch import nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3)
x = torch.randn(16, 3) + 5


def stats():
    return [round(v, 3) for v in bn.running_mean.tolist()], bn.num_batches_tracked.item()


print(stats())
#> ([0.0, 0.0, 0.0], 0)
with torch.no_grad():  # modo train(): las estadísticas acumuladas siguen cambiando
    bn(x)
print(stats())
#> ([0.503, 0.477, 0.527], 1)

bn.eval()
with torch.no_grad():  # modo eval(): se quedan como están
    bn(x)
print(stats())
#> ([0.503, 0.477, 0.527], 1)
