import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.CrossEntropyLoss()
x, y = torch.randn(32, 4), torch.randint(0, 2, (32,))


def run_epoch(is_train):
    model.train(is_train)
    with torch.set_grad_enabled(is_train):  # (1)!
        loss = loss_fn(model(x), y)
        if is_train:
            opt.zero_grad()
            loss.backward()
            opt.step()
    return round(loss.item(), 4), loss.requires_grad


print(run_epoch(is_train=True))
#> (0.7698, True)
print(run_epoch(is_train=False))
#> (0.762, False)
