import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
graphs = []


def counting_backend(gm, example_inputs):
    graphs.append(gm)
    return gm.forward


model = nn.Linear(4, 1)
compiled = torch.compile(model, backend=counting_backend)
data = TensorDataset(torch.randn(30, 4))  # 30 samples: batches of 8, 8, 8, then 6

for epoch in range(2):
    counts = []
    for (xb,) in DataLoader(data, batch_size=8):
        compiled(xb)
        counts.append(f"{len(xb)}->{len(graphs)}")  # batch size -> graphs so far
    print(f"epoch {epoch}:", ", ".join(counts))
    #> epoch 0: 8->1, 8->1, 8->1, 6->2
    #> epoch 1: 8->2, 8->2, 8->2, 6->2
compiled(torch.randn(5, 4))  # another size: the dynamic graph serves it
print("batch of 5:", len(graphs))
#> batch of 5: 2

torch.compiler.reset()
graphs.clear()
for epoch in range(2):
    for (xb,) in DataLoader(data, batch_size=8, drop_last=True):  # no batch of 6
        compiled(xb)
print("drop_last=True, 2 epochs:", len(graphs))
#> drop_last=True, 2 epochs: 1
