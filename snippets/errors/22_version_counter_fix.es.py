import torch

w = torch.tensor([2.0], requires_grad=True)
loss = w * w
loss.backward()  # primero backward()
with torch.no_grad():
    w.mul_(1.5)  # después cambia el tensor
print(w.grad, w)  # el gradiente correcto: 2 * 2.0
#> tensor([4.]) tensor([3.], requires_grad=True)

w = torch.tensor([2.0], requires_grad=True)
loss = w * w
scaled = w.detach().clone()
scaled.mul_(1.5)  # o cambia una copia
loss.backward()
print(w.grad, scaled)
#> tensor([4.]) tensor([3.])
