import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
with torch.inference_mode():
    features = torch.randn(3) * 2

normal = features.clone()  # clonado fuera del bloque: un tensor normal
print(normal.is_inference())
#> False
(normal * w).sum().backward()
print(torch.equal(w.grad, normal))  # d(sum(f * w))/dw = f
#> True

with torch.no_grad():  # o créalo con no_grad desde el principio
    features = torch.randn(3) * 2
print(features.is_inference())
#> False
