import torch
from torch import nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3)  # a new module is in train() mode
x = torch.randn(8, 3)


def mean(module):
    return [round(v, 4) for v in module.running_mean.tolist()]


for mode in (torch.enable_grad, torch.no_grad, torch.inference_mode):
    bn.reset_running_stats()
    buffer = bn.running_mean
    with mode():
        out = bn(x)
    print(f"{mode.__name__}: running_mean={mean(bn)} "
          f"batches={bn.num_batches_tracked.item()} same tensor={bn.running_mean is buffer}")
    #> enable_grad: running_mean=[-0.0048, 0.0005, 0.0074] batches=1 same tensor=True
    #> no_grad: running_mean=[-0.0048, 0.0005, 0.0074] batches=1 same tensor=True
    #> inference_mode: running_mean=[-0.0048, 0.0005, 0.0074] batches=1 same tensor=True
    print(f"    buffer is_inference={bn.running_mean.is_inference()}",
          f"output is_inference={out.is_inference()}")
    #>     buffer is_inference=False output is_inference=False
    #>     buffer is_inference=False output is_inference=False
    #>     buffer is_inference=False output is_inference=True

# the buffer stays a normal tensor: training goes on
bn(x).sum().backward()
print("training step after inference_mode: ok")
#> training step after inference_mode: ok

# the fix for evaluation: eval() mode leaves the buffers as they are
before = bn.running_mean.clone()  # what the training steps left
bn.eval()
with torch.inference_mode():
    bn(x)
print(f"eval(): running_mean unchanged={torch.equal(bn.running_mean, before)}",
      f"batches={bn.num_batches_tracked.item()}")
#> eval(): running_mean unchanged=True batches=2

# without running statistics there are no buffers to update
bn_batch = nn.BatchNorm1d(3, track_running_stats=False)
print([name for name, _ in bn_batch.named_buffers()], bn_batch.running_mean)
#> [] None
