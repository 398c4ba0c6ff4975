import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
with torch.inference_mode():
    features = torch.randn(3) * 2  # un tensor de inferencia

try:
    loss = (features * w).sum()  # autograd tendría que guardar `features`
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.
