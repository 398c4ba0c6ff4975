import torch

try:
    with torch.no_grad():
        raise ValueError("something failed inside the block")
except ValueError:
    pass

print(torch.is_grad_enabled())  # the previous mode is back
#> True
