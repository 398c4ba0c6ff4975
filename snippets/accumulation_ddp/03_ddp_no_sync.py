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
    return default_hooks.allreduce_hook(group, bucket)  # DDP's own all-reduce


with tempfile.TemporaryDirectory() as tmp:
    # One process, gloo on CPU; the rendezvous is a file, not a network address
    dist.init_process_group("gloo", init_method=f"file://{tmp}/rendezvous", rank=0, world_size=1)
    try:
        print("world size:", dist.get_world_size())
        #> world size: 1
        net = nn.Linear(4, 1)
        big_grad = torch.autograd.grad(loss_fn(net(x), y), net.weight)[0]  # reference
        model = DDP(net)
        model.register_comm_hook(None, counting_allreduce)

        chunks = list(zip(x.split(2), y.split(2)))
        with model.no_sync():  # (1)!
            print("grad enabled inside no_sync:", torch.is_grad_enabled())
            #> grad enabled inside no_sync: True
            for xs, ys in chunks[:-1]:
                (loss_fn(model(xs), ys) / k).backward()
            print("all-reduces after 3 micro-batches:", all_reduces)
            #> all-reduces after 3 micro-batches: 0
            print("local grads accumulated:", net.weight.grad is not None)
            #> local grads accumulated: True
        xs, ys = chunks[-1]
        (loss_fn(model(xs), ys) / k).backward()  # (2)!
        print("all-reduces after the 4th:", all_reduces)
        #> all-reduces after the 4th: 1
        print("equals the big-batch grad:", torch.allclose(net.weight.grad, big_grad))
        #> equals the big-batch grad: True

        # The forward pass must be inside no_sync too
        model.zero_grad()
        out = model(xs)  # forward outside: DDP already expects a sync
        with model.no_sync():
            loss_fn(out, ys).backward()
        print("all-reduces after a backward inside no_sync:", all_reduces)
        #> all-reduces after a backward inside no_sync: 2
    finally:
        dist.destroy_process_group()  # always, even after an error
