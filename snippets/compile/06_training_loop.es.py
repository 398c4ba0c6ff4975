import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
graphs = []


def counting_backend(gm, example_inputs):
    graphs.append(gm)
    return gm.forward


model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Dropout(0.1), nn.Linear(8, 1))
compiled = torch.compile(model, backend=counting_backend)  # (1)!
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(32, 4), torch.randn(32, 1)
x_val, y_val = torch.randn(8, 4), torch.randn(8, 1)

for epoch in range(3):
    model.train()
    for xb, yb in zip(x.split(8), y.split(8)):
        loss = F.mse_loss(compiled(xb), yb)
        loss.backward()  # (2)!
        optimizer.step()
        optimizer.zero_grad()
    model.eval()
    with torch.no_grad():
        val_loss = F.mse_loss(compiled(x_val), y_val)
    print(f"época {epoch}: val_loss={val_loss.item():.4f}, graphs={len(graphs)}")
    #> época 0: val_loss=0.6329, graphs=2
    #> época 1: val_loss=0.6209, graphs=2
    #> época 2: val_loss=0.6330, graphs=2
