import tempfile

import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.algorithms.ddp_comm_hooks import default_hooks
from torch.nn.parallel import DistributedDataParallel as DDP

torch.manual_seed(0)
x, y = torch.randn(8, 4), torch.randn(8, 1)
loss_fn = nn.MSELoss()
k = 4
all_reduces = 0


def counting_allreduce(group, bucket):
    global all_reduces
    all_reduces += 1
    return default_hooks.allreduce_hook(group, bucket)  # el all-reduce propio de DDP


with tempfile.TemporaryDirectory() as tmp:
    # Un proceso, gloo en la CPU; el rendezvous es un archivo, no una dirección de red
    dist.init_process_group("gloo", init_method=f"file://{tmp}/rendezvous", rank=0, world_size=1)
    try:
        print("tamaño del mundo:", dist.get_world_size())
        #> tamaño del mundo: 1
        net = nn.Linear(4, 1)
        big_grad = torch.autograd.grad(loss_fn(net(x), y), net.weight)[0]  # referencia
        model = DDP(net)
        model.register_comm_hook(None, counting_allreduce)

        chunks = list(zip(x.split(2), y.split(2)))
        with model.no_sync():  # (1)!
            print("modo de gradientes activado dentro de no_sync:", torch.is_grad_enabled())
            #> modo de gradientes activado dentro de no_sync: True
            for xs, ys in chunks[:-1]:
                (loss_fn(model(xs), ys) / k).backward()
            print("all-reduces tras 3 microlotes:", all_reduces)
            #> all-reduces tras 3 microlotes: 0
            print("gradientes locales acumulados:", net.weight.grad is not None)
            #> gradientes locales acumulados: True
        xs, ys = chunks[-1]
        (loss_fn(model(xs), ys) / k).backward()  # (2)!
        print("all-reduces tras el 4.º:", all_reduces)
        #> all-reduces tras el 4.º: 1
        print("igual al gradiente del lote grande:", torch.allclose(net.weight.grad, big_grad))
        #> igual al gradiente del lote grande: True

        # La pasada hacia adelante también tiene que ir dentro de no_sync
        model.zero_grad()
        out = model(xs)  # pasada hacia adelante fuera: DDP ya espera una sincronización
        with model.no_sync():
            loss_fn(out, ys).backward()
        print("all-reduces tras una pasada hacia atrás dentro de no_sync:", all_reduces)
        #> all-reduces tras una pasada hacia atrás dentro de no_sync: 2
    finally:
        dist.destroy_process_group()  # siempre, incluso tras un error
