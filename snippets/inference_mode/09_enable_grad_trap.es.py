import torch

w = torch.ones(2, requires_grad=True)

with torch.inference_mode():
    with torch.enable_grad():
        y = w * 2
        print(torch.is_grad_enabled())  # dice True...
        #> True

print(y.requires_grad, y.is_inference())  # ...pero no se registró nada
#> False True
