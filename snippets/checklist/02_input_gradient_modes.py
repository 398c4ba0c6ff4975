import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2).eval()
batch = torch.randn(3, 4)

with torch.no_grad():  # an evaluation loop
    with torch.enable_grad():  # grad mode is back
        x = batch.clone().requires_grad_()
        model(x).sum().backward()
print("no_grad + enable_grad:", x.grad.shape)
#> no_grad + enable_grad: torch.Size([3, 4])

with torch.inference_mode():  # the same loop under inference_mode
    x_inf = batch * 1  # made inside the mode: an inference tensor
    clone_inside = x_inf.clone()  # cloned inside the mode: an inference tensor too
    with torch.enable_grad():  # says grad mode, records nothing
        x = clone_inside.requires_grad_()
        out = model(x).sum()
        print("inference_mode + enable_grad:", torch.is_grad_enabled(), out.requires_grad)
        #> inference_mode + enable_grad: True False
    with torch.inference_mode(False):  # leave the mode instead
        try:
            model(x_inf).sum()  # the inference tensor itself cannot be saved
        except RuntimeError as e:
            print(f"{type(e).__name__}: {e}")
            #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.
        x = x_inf.clone().requires_grad_()  # a clone made here is a normal tensor
        model(x).sum().backward()
print(f"is_inference: clone made inside {clone_inside.is_inference()}, outside {x.is_inference()}")
#> is_inference: clone made inside True, outside False
print("inference_mode(False) + clone:", x.grad.shape)
#> inference_mode(False) + clone: torch.Size([3, 4])
