import torch

x = torch.ones(2, requires_grad=True)
is_train = False

with torch.set_grad_enabled(is_train):  # a context manager with a switch
    print((x * 2).requires_grad)
    #> False
print((x * 2).requires_grad)
#> True


@torch.set_grad_enabled(False)  # a decorator
def evaluate():
    return (x * 2).requires_grad


print(evaluate())
#> False

torch.set_grad_enabled(False)  # a plain call: off for this thread until reset
print((x * 2).requires_grad)
#> False
torch.set_grad_enabled(True)
print((x * 2).requires_grad)
#> True
