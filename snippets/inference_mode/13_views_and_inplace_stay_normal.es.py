import torch

w = torch.ones(4, requires_grad=True)
h = w * 2  # un tensor normal, creado en modo de gradientes

with torch.inference_mode():
    new = h + 1  # un tensor nuevo: un tensor de inferencia
    view = h[:2]  # una vista de un tensor normal
    h.mul_(3)  # in-place sobre un tensor normal

print("h + 1:", new.is_inference(), new.requires_grad)
#> h + 1: True False
print("h[:2]:", view.is_inference(), view.requires_grad)
#> h[:2]: False True
print("h tras mul_:", h.is_inference(), h.requires_grad, h._version)
#> h tras mul_: False True 1
