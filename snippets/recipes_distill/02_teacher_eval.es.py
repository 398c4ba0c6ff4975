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
    print(f"profesor en modo {mode} bajo no_grad: los mismos objetivos dos veces {torch.equal(first, second)}, "
          f"running_mean cambió {not torch.equal(stats, teacher[1].running_mean)}")
    #> profesor en modo train bajo no_grad: los mismos objetivos dos veces False, running_mean cambió True
    #> profesor en modo eval bajo no_grad: los mismos objetivos dos veces True, running_mean cambió False
