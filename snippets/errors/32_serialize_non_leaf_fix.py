import torch
import torch.multiprocessing as mp
from torch import nn

torch.manual_seed(0)
encoder = nn.Linear(4, 3)
images = torch.randn(2, 4)

queue = mp.Queue()  # what a DataLoader worker sends its batches through
queue.put(encoder(images[0]).detach())  # the data, without its graph
with torch.no_grad():
    queue.put(encoder(images[1]))  # or computed without recording a graph
for _ in range(2):
    x = queue.get(timeout=10)
    print(f"received: shape {tuple(x.shape)}, requires_grad {x.requires_grad}")
    #> received: shape (3,), requires_grad False
    #> received: shape (3,), requires_grad False
