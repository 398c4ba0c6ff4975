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
with torch.compiler.set_stance("fail_on_recompile"):
    try:
        compiled(torch.randn(1, 4))
    except RuntimeError as e:  # the dynamic graph's guard on the batch size
        print(str(e).splitlines()[2].split("  #")[0].strip())
        #> - 0/1: 2 <= args[0].size()[0]
for n in (1, 0):  # sizes 0 and 1 are never dynamic: one graph each
    compiled(torch.randn(n, 4))
    print(f"batch of {n}:", len(graphs))
    #> batch of 1: 3
    #> batch of 0: 4

torch.compiler.reset()
graphs.clear()
for epoch in range(2):
    for (xb,) in DataLoader(data, batch_size=8, drop_last=True):  # no batch of 6
        compiled(xb)
print("drop_last=True, 2 epochs:", len(graphs))
#> drop_last=True, 2 epochs: 1
