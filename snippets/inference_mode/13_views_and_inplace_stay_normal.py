import torch

w = torch.ones(4, requires_grad=True)
h = w * 2  # a normal tensor, made in grad mode

with torch.inference_mode():
    new = h + 1  # a new tensor: an inference tensor
    view = h[:2]  # a view of a normal tensor
    h.mul_(3)  # in place on a normal tensor

print("h + 1:", new.is_inference(), new.requires_grad)
#> h + 1: True False
print("h[:2]:", view.is_inference(), view.requires_grad)
#> h[:2]: False True
print("h after mul_:", h.is_inference(), h.requires_grad, h._version)
#> h after mul_: False True 1
