import torch

base = torch.ones(4, requires_grad=True)
with torch.inference_mode():
    view = base[:2]  # a view made in inference mode

with torch.no_grad():
    view.mul_(2)  # outside the mode, but grad mode is off: nothing to record
print(base)
#> tensor([2., 2., 1., 1.], requires_grad=True)

plain = torch.ones(4)  # requires no grad
with torch.inference_mode():
    plain_view = plain[:2]
plain_view.mul_(2)  # grad mode on, but nothing requires grad: nothing to record
print(plain)
#> tensor([2., 2., 1., 1.])

w = torch.ones(2, requires_grad=True)
try:
    plain_view.add_(w)  # w requires grad: this would be recorded
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: A view was created in inference mode and is being modified inplace in normal mode. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the inference_mode block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked).
