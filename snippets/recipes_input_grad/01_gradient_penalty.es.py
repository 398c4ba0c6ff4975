import torch
from torch import nn

torch.manual_seed(0)
D = nn.Sequential(nn.Linear(16, 32), nn.Tanh(), nn.Linear(32, 1))  # un crítico de WGAN
real, fake = torch.randn(64, 16), torch.randn(64, 16)


def penalty(create_graph):
    """WGAN-GP: acerca a 1 la norma del gradiente del crítico en puntos entre muestras reales y generadas."""
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
    print(f"create_graph={create_graph}: la penalización requiere gradiente {gp.requires_grad}, "
          f"cambia el gradiente del crítico {not torch.equal(with_gp, without)}")
    #> create_graph=True: la penalización requiere gradiente True, cambia el gradiente del crítico True
    #> create_graph=False: la penalización requiere gradiente False, cambia el gradiente del crítico False

try:
    with torch.no_grad():  # (2)!
        penalty(create_graph=True)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
