import torch

torch.manual_seed(0)
w = torch.ones(3, requires_grad=True)
with torch.inference_mode():
    features = torch.randn(3)  # un tensor de inferencia

total = features + w  # una suma no guarda ninguna entrada para la pasada hacia atrás
print(type(total.grad_fn).__name__, total.is_inference())
#> AddBackward0 False
total.sum().backward()
print(w.grad)
#> tensor([1., 1., 1.])

try:
    features * w  # un producto guarda `features`: el gradiente de w es `features`
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.
