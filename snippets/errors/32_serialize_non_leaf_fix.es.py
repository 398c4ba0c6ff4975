import torch
import torch.multiprocessing as mp
from torch import nn

torch.manual_seed(0)
encoder = nn.Linear(4, 3)
images = torch.randn(2, 4)

queue = mp.Queue()  # por donde un worker del DataLoader envía sus lotes
queue.put(encoder(images[0]).detach())  # los datos, sin su grafo
with torch.no_grad():
    queue.put(encoder(images[1]))  # o calculados sin registrar un grafo
for _ in range(2):
    x = queue.get(timeout=10)
    print(f"recibido: forma {tuple(x.shape)}, requires_grad {x.requires_grad}")
    #> recibido: forma (3,), requires_grad False
    #> recibido: forma (3,), requires_grad False
