import torch

base = torch.ones(4, requires_grad=True)
with torch.inference_mode():
    view = base[:2]  # una vista creada en modo de inferencia

try:
    view.mul_(2)  # modificada in-place fuera de él
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: A view was created in inference mode and is being modified inplace in normal mode. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the inference_mode block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked).
