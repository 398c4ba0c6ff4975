import torch
from torch import nn

torch.manual_seed(0)
D = nn.Sequential(nn.Linear(16, 32), nn.Tanh(), nn.Linear(32, 1))  # a WGAN critic
real, fake = torch.randn(64, 16), torch.randn(64, 16)


def penalty(create_graph):
    """WGAN-GP: the critic's gradient norm at points between real and fake samples, pulled to 1."""
    t = torch.rand(64, 1)
    x = (t * real + (1 - t) * fake).requires_grad_()
    (grad,) = torch.autograd.grad(D(x).sum(), x, create_graph=create_graph)  # (1)!
    return ((grad.norm(dim=1) - 1) ** 2).mean()


def critic_grad(loss):
    D.zero_grad()
    loss.backward()
    return D[0].weight.grad.clone()


without = critic_grad(D(fake).mean() - D(real).mean())
for create_graph in [True, False]:
    torch.manual_seed(1)
    gp = penalty(create_graph)
    with_gp = critic_grad(D(fake).mean() - D(real).mean() + 10 * gp)
    print(f"create_graph={create_graph}: the penalty requires grad {gp.requires_grad}, "
          f"changes the critic's gradient {not torch.equal(with_gp, without)}")
    #> create_graph=True: the penalty requires grad True, changes the critic's gradient True
    #> create_graph=False: the penalty requires grad False, changes the critic's gradient False

try:
    with torch.no_grad():  # (2)!
        penalty(create_graph=True)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
