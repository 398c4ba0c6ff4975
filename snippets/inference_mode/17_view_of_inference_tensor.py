import torch

with torch.inference_mode():
    buffer = torch.ones(4)  # created inside: an inference tensor
    view = buffer[:2]
print(view.is_inference())
#> True

try:
    with torch.no_grad():
        view.mul_(2)  # outside the mode: refused even with grad mode off
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to get a normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more details.
print(buffer)  # the error came after the change
#> tensor([2., 2., 1., 1.])

with torch.inference_mode():
    view.mul_(2)  # inside the mode: allowed
print(buffer)
#> tensor([4., 4., 1., 1.])
