import torch
from torch import nn

torch.manual_seed(0)
teacher = nn.Sequential(nn.Linear(8, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Dropout(0.2), nn.Linear(32, 4))
x = torch.randn(32, 8)

for mode in ["train", "eval"]:
    teacher.train(mode == "train")  # (1)!
    stats = teacher[1].running_mean.clone()
    with torch.no_grad():
        first, second = teacher(x), teacher(x)
    print(f"teacher in {mode} mode under no_grad: the same targets twice {torch.equal(first, second)}, "
          f"running_mean moved {not torch.equal(stats, teacher[1].running_mean)}")
    #> teacher in train mode under no_grad: the same targets twice False, running_mean moved True
    #> teacher in eval mode under no_grad: the same targets twice True, running_mean moved False
