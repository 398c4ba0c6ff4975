import torch

x = torch.ones(3, requires_grad=True)

with torch.no_grad():
    a = x * 2
with torch.inference_mode():
    b = x * 2
    print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
    #> True False

print("no_grad:", a.requires_grad, a.is_inference())
#> no_grad: False False
print("inference_mode:", b.requires_grad, b.is_inference())
#> inference_mode: False True
