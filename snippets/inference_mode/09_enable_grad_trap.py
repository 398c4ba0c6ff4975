import torch

w = torch.ones(2, requires_grad=True)

with torch.inference_mode():
    with torch.enable_grad():
        y = w * 2
        print(torch.is_grad_enabled())  # says True...
        #> True

print(y.requires_grad, y.is_inference())  # ...yet nothing was recorded
#> False True
