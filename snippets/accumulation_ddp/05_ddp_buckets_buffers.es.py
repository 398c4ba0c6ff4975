import tempfile

import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.algorithms.ddp_comm_hooks import default_hooks
from torch.nn.parallel import DistributedDataParallel as DDP

torch.manual_seed(0)
x = torch.randn(2, 4)
all_reduces = 0


def counting_allreduce(group, bucket):  # DDP lo llama una vez por cubeta (bucket)
    global all_reduces
    all_reduces += 1
    return default_hooks.allreduce_hook(group, bucket)


def count_all_reduces(model, steps=3):
    global all_reduces
    counts = []
    for _ in range(steps):
        all_reduces = 0
        model(x).sum().backward()
        counts.append(all_reduces)
    return counts


with tempfile.TemporaryDirectory() as tmp:
    dist.init_process_group("gloo", init_method=f"file://{tmp}/rendezvous", rank=0, world_size=1)
    try:
        # tamaño de cubeta en MiB (None: el valor por defecto, 25), static_graph
        for cap, static in ((None, False), (1e-5, False), (1e-5, True)):
            net = nn.Sequential(nn.Linear(4, 8), nn.Linear(8, 1))
            model = DDP(net, bucket_cap_mb=cap, static_graph=static)
            model.register_comm_hook(None, counting_allreduce)
            print(f"bucket_cap_mb={cap}, static_graph={static}:", count_all_reduces(model))
            #> bucket_cap_mb=None, static_graph=False: [1, 1, 1]
            #> bucket_cap_mb=1e-05, static_graph=False: [1, 3, 3]
            #> bucket_cap_mb=1e-05, static_graph=True: [1, 1, 3]

        # La reconstrucción espera a una pasada hacia adelante en modo de gradientes
        model = DDP(nn.Sequential(nn.Linear(4, 8), nn.Linear(8, 1)), bucket_cap_mb=1e-5)
        model(x).sum().backward()
        with torch.no_grad():
            model(x)
        print("cubetas rehechas tras una pasada hacia adelante bajo no_grad:", model._has_rebuilt_buckets)
        #> cubetas rehechas tras una pasada hacia adelante bajo no_grad: False
        model(x).sum().backward()
        print("cubetas rehechas tras una pasada hacia adelante en modo de gradientes:", model._has_rebuilt_buckets)
        #> cubetas rehechas tras una pasada hacia adelante en modo de gradientes: True

        # Buffers (las estadísticas acumuladas de BatchNorm) y no_sync()
        model = DDP(nn.Sequential(nn.BatchNorm1d(4), nn.Linear(4, 1)))

        def step(label):  # will_sync_module_buffers: lo que DDP comprueba en la pasada hacia adelante
            print(f"{label}: difunde los buffers = {model.will_sync_module_buffers()}")
            model(x).sum().backward()

        step("forward 1, con sincronización")
        #> forward 1, con sincronización: difunde los buffers = True
        with model.no_sync():
            step("forward 2, en no_sync")
            #> forward 2, en no_sync: difunde los buffers = True
            step("forward 3, en no_sync")
            #> forward 3, en no_sync: difunde los buffers = False
        step("forward 4, con sincronización")
        #> forward 4, con sincronización: difunde los buffers = False
        step("forward 5, con sincronización")
        #> forward 5, con sincronización: difunde los buffers = True
        with torch.no_grad():
            model(x)  # forward 6: una pasada de evaluación
        step("forward 7, tras una pasada bajo no_grad")
        #> forward 7, tras una pasada bajo no_grad: difunde los buffers = False
    finally:
        dist.destroy_process_group()
