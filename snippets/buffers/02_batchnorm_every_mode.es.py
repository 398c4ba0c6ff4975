import torch
from torch import nn

torch.manual_seed(0)
bn = nn.BatchNorm1d(3)  # un módulo nuevo está en modo train()
x = torch.randn(8, 3)


def mean(module):
    return [round(v, 4) for v in module.running_mean.tolist()]


for mode in (torch.enable_grad, torch.no_grad, torch.inference_mode):
    bn.reset_running_stats()
    buffer = bn.running_mean
    with mode():
        out = bn(x)
    print(f"{mode.__name__}: running_mean={mean(bn)} "
          f"batches={bn.num_batches_tracked.item()} mismo tensor={bn.running_mean is buffer}")
    #> enable_grad: running_mean=[-0.0048, 0.0005, 0.0074] batches=1 mismo tensor=True
    #> no_grad: running_mean=[-0.0048, 0.0005, 0.0074] batches=1 mismo tensor=True
    #> inference_mode: running_mean=[-0.0048, 0.0005, 0.0074] batches=1 mismo tensor=True
    print(f"    buffer is_inference={bn.running_mean.is_inference()}",
          f"salida is_inference={out.is_inference()}")
    #>     buffer is_inference=False salida is_inference=False
    #>     buffer is_inference=False salida is_inference=False
    #>     buffer is_inference=False salida is_inference=True

# el buffer sigue siendo un tensor normal: el entrenamiento continúa
bn(x).sum().backward()
print("paso de entrenamiento tras inference_mode: ok")
#> paso de entrenamiento tras inference_mode: ok

# la solución para evaluar: el modo eval() deja los buffers como están
before = bn.running_mean.clone()  # lo que dejaron los pasos de entrenamiento
bn.eval()
with torch.inference_mode():
    bn(x)
print(f"eval(): running_mean unchanged={torch.equal(bn.running_mean, before)}",
      f"batches={bn.num_batches_tracked.item()}")
#> eval(): running_mean unchanged=True batches=2

# sin estadísticas acumuladas no hay buffers que actualizar
bn_batch = nn.BatchNorm1d(3, track_running_stats=False)
print([name for name, _ in bn_batch.named_buffers()], bn_batch.running_mean)
#> [] None
