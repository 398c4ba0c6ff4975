import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(16, 16), nn.Dropout(p=0.5))
x = torch.ones(1, 16)

with torch.no_grad():  # train() mode, no graph: dropout still drops
    print((model(x) == 0).sum().item(), "units dropped")
    #> 10 units dropped

model.eval()  # eval() mode, grad on: nothing dropped, but a graph is built
out = model(x)
print((out == 0).sum().item(), "units dropped,", "requires_grad", out.requires_grad)
#> 0 units dropped, requires_grad True
