import torch

torch.manual_seed(0)

with torch.inference_mode():
    e = torch.randn(3, requires_grad=True)
print(e.is_inference(), e.requires_grad)
#> True True

print((e * e).requires_grad, e.sin().requires_grad)  # en silencio, sin registrar
#> False False

w = torch.ones(3, requires_grad=True)
try:
    e * w
except RuntimeError as error:
    print(f"{type(error).__name__}: {error}")
    #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.

(e + w).sum().backward()  # una suma no guarda nada: se registra, y e recibe un gradiente
print(e.grad)
#> tensor([1., 1., 1.])
