import torch

x = torch.zeros(3)
print(x._version)
#> 0
x.add_(1)
print(x._version)  # los tensores normales cuentan sus cambios in-place
#> 1

with torch.inference_mode():
    t = torch.zeros(3)
    t.add_(1)
try:
    t._version
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inference tensors do not track version counter.
