import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(p=0.5))
x = torch.ones(1, 4)

with torch.inference_mode():
    print(model.training)
    #> True
    print((model(x) == 0).sum().item())  # dropout sigue apagando unidades
    #> 1

model.eval()
with torch.inference_mode():
    print((model(x) == 0).sum().item())
    #> 0
