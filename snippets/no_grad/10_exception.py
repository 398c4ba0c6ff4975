import torch

try:
    with torch.no_grad():  # __enter__ saves the current mode, __exit__ sets it back
        raise ValueError("something failed inside the block")
except ValueError as e:
    print("the exception still reaches the caller:", e)
    #> the exception still reaches the caller: something failed inside the block

print(torch.is_grad_enabled())  # the previous mode is back
#> True
