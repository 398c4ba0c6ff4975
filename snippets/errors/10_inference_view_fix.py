import torch

# Both inside inference_mode: the edit is not recorded
base = torch.ones(4, requires_grad=True)
with torch.inference_mode():
    view = base[:2]
    view.mul_(2)
print(base)
#> tensor([2., 2., 1., 1.], requires_grad=True)

# Both outside, on a tracked copy: the edit is recorded
base = torch.ones(4, requires_grad=True)
copy = base * 1
copy[:2].mul_(2)
copy.sum().backward()
print(base.grad)
#> tensor([2., 2., 1., 1.])
