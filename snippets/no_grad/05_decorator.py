import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)


@torch.no_grad()  # the call form works on every 2.x release
def predict(x):
    return x * w


@torch.no_grad  # the bare form works since torch 2.1
def predict_bare(x):
    return x * w


x = torch.ones(3)
print(predict(x).requires_grad, predict_bare(x).requires_grad)
#> False False
print((x * w).requires_grad)  # outside the functions, grad mode is back
#> True
