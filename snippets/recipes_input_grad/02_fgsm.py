import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Dropout(0.1), nn.Linear(64, 3))
x = torch.randn(256, 20)
y = x[:, :3].argmax(1)  # a task the model can learn: which of the first three inputs is largest
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for _ in range(200):
    opt.zero_grad()
    F.cross_entropy(model(x), y).backward()
    opt.step()
opt.zero_grad(set_to_none=True)
model.eval()
eps = 0.5


def input_gradient(x):
    """The loss's gradient with respect to the input only: the weights' .grad stay as they are."""
    x = x.clone().requires_grad_()
    (grad,) = torch.autograd.grad(F.cross_entropy(model(x), y), x)  # (1)!
    return grad


with torch.no_grad():  # an evaluation loop
    try:
        input_gradient(x)
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
    with torch.enable_grad():  # (2)!
        grad = input_gradient(x)
    x_adv = x + eps * grad.sign()  # FGSM: one step up the loss, the size of eps in every input
    accuracy = (model(x).argmax(1) == y).float().mean().item()
    adversarial = (model(x_adv).argmax(1) == y).float().mean().item()
print(f"accuracy {accuracy:.2f} on the inputs, {adversarial:.2f} on the adversarial ones")
#> accuracy 1.00 on the inputs, 0.13 on the adversarial ones
print("the weights' .grad untouched:", all(p.grad is None for p in model.parameters()))
#> the weights' .grad untouched: True
