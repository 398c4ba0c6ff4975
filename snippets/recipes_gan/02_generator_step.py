import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
G = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 16))
D = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 1))
opt_g = torch.optim.SGD(G.parameters(), lr=0.1)
opt_d = torch.optim.SGD(D.parameters(), lr=0.1)
z, real = torch.randn(64, 8), torch.randn(64, 16)
ones, zeros = torch.ones(64, 1), torch.zeros(64, 1)
bce = F.binary_cross_entropy_with_logits

# Wrong: the generator step with a fake made under no_grad (or detached). D's weights
# still require grad, so backward() runs without an error, and G learns nothing.
with torch.no_grad():
    fake = G(z)
bce(D(fake), ones).backward()  # (1)!
print("generator step under no_grad, G has grads:", G[0].weight.grad is not None)
#> generator step under no_grad, G has grads: False

# Right: one forward pass of G serves both steps.
opt_g.zero_grad()
opt_d.zero_grad()
fake = G(z)
loss_d = bce(D(real), ones) + bce(D(fake.detach()), zeros)  # D's step: G is cut off
loss_d.backward()
opt_d.step()
d_grad = D[0].weight.grad.clone()
D.requires_grad_(False)  # (2)!
loss_g = bce(D(fake), ones)  # G's step: through D, back into G
loss_g.backward()
opt_g.step()
D.requires_grad_(True)
print("G has grads:", G[0].weight.grad is not None, "| D's grads unchanged:", torch.equal(D[0].weight.grad, d_grad))
#> G has grads: True | D's grads unchanged: True

# Wrong order: the generator's loss built before D's step keeps D's old weights.
opt_g.zero_grad()
opt_d.zero_grad()
fake = G(z)
loss_g = bce(D(fake), ones)  # too early
loss_d = bce(D(real), ones) + bce(D(fake.detach()), zeros)
loss_d.backward()
opt_d.step()  # changes D's weights in place
try:
    loss_g.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e).split(':')[0]}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation
