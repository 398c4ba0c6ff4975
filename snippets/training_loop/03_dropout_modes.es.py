import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(16, 16), nn.Dropout(p=0.5))
x = torch.ones(1, 16)

with torch.no_grad():  # modo train(), sin grafo: dropout sigue apagando unidades
    print((model(x) == 0).sum().item(), "unidades apagadas")
    #> 10 unidades apagadas

model.eval()  # modo eval(), registro de gradientes encendido: nada se apaga, pero se construye un grafo
out = model(x)
print((out == 0).sum().item(), "unidades apagadas,", "requires_grad", out.requires_grad)
#> 0 unidades apagadas, requires_grad True
