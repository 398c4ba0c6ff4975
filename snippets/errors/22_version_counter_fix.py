import torch

w = torch.tensor([2.0], requires_grad=True)
loss = w * w
loss.backward()  # backward first
with torch.no_grad():
    w.mul_(1.5)  # then change the tensor
print(w.grad, w)  # the right gradient: 2 * 2.0
#> tensor([4.]) tensor([3.], requires_grad=True)

w = torch.tensor([2.0], requires_grad=True)
loss = w * w
scaled = w.detach().clone()
scaled.mul_(1.5)  # or change a copy
loss.backward()
print(w.grad, scaled)
#> tensor([4.]) tensor([3.])
