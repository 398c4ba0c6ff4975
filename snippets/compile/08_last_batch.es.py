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
data = TensorDataset(torch.randn(30, 4))  # 30 muestras: lotes de 8, 8, 8 y luego 6

for epoch in range(2):
    counts = []
    for (xb,) in DataLoader(data, batch_size=8):
        compiled(xb)
        counts.append(f"{len(xb)}->{len(graphs)}")  # tamaño del lote -> grafos hasta ahora
    print(f"época {epoch}:", ", ".join(counts))
    #> época 0: 8->1, 8->1, 8->1, 6->2
    #> época 1: 8->2, 8->2, 8->2, 6->2
compiled(torch.randn(5, 4))  # otro tamaño: lo atiende el grafo dinámico
print("lote de 5:", len(graphs))
#> lote de 5: 2
with torch.compiler.set_stance("fail_on_recompile"):
    try:
        compiled(torch.randn(1, 4))
    except RuntimeError as e:  # la guarda del grafo dinámico sobre el tamaño del lote
        print(str(e).splitlines()[2].split("  #")[0].strip())
        #> - 0/1: 2 <= args[0].size()[0]
for n in (1, 0):  # los tamaños 0 y 1 nunca son dinámicos: un grafo cada uno
    compiled(torch.randn(n, 4))
    print(f"lote de {n}:", len(graphs))
    #> lote de 1: 3
    #> lote de 0: 4

torch.compiler.reset()
graphs.clear()
for epoch in range(2):
    for (xb,) in DataLoader(data, batch_size=8, drop_last=True):  # sin el lote de 6
        compiled(xb)
print("drop_last=True, 2 épocas:", len(graphs))
#> drop_last=True, 2 épocas: 1
