import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Dropout(0.1), nn.Linear(64, 3))
x = torch.randn(256, 20)
y = x[:, :3].argmax(1)  # una tarea que se puede aprender: cuál de las tres primeras entradas es la mayor
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for _ in range(200):
    opt.zero_grad()
    F.cross_entropy(model(x), y).backward()
    opt.step()
opt.zero_grad(set_to_none=True)
model.eval()
eps = 0.5


def input_gradient(x):
    """El gradiente de la pérdida solo respecto a la entrada: el .grad de los pesos no cambia."""
    x = x.clone().requires_grad_()
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x), y), x)  # (1)!
    return grad


with torch.no_grad():  # un bucle de evaluación
    try:
        input_gradient(x)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
    with torch.enable_grad():  # (2)!
        grad = input_gradient(x)
    x_adv = x + eps * grad.sign()  # FGSM: un paso que sube la pérdida, de tamaño eps en cada entrada
    accuracy = (model(x).argmax(1) == y).float().mean().item()
    adversarial = (model(x_adv).argmax(1) == y).float().mean().item()
print(f"exactitud {accuracy:.2f} en las entradas, {adversarial:.2f} en las adversarias")
#> exactitud 1.00 en las entradas, 0.13 en las adversarias
print("el .grad de los pesos, intacto:", all(p.grad is None for p in model.parameters()))
#> el .grad de los pesos, intacto: True
