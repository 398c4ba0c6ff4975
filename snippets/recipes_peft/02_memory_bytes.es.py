import torch
import torch.nn.functional as F
from torch import nn
from torch.autograd.graph import saved_tensors_hooks


class LoRALinear(nn.Module):
    def __init__(self, base, r=8, alpha=16):
        super().__init__()
        self.base = base
        self.A = nn.Parameter(torch.randn(r, base.in_features) / r**0.5)
        self.B = nn.Parameter(torch.zeros(base.out_features, r))
        self.scale = alpha / r

    def forward(self, x):
        return self.base(x) + x @ self.A.T @ self.B.T * self.scale


def nbytes(t):
    return t.numel() * t.element_size()  # Tensor.nbytes necesita torch 2.1 o posterior


def make_model(adapters, act):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(256, 256), act(), nn.Linear(256, 256), act(), nn.Linear(256, 10))
    if adapters is not None:
        model.requires_grad_(False)
        for i in adapters:
            model[i] = LoRALinear(model[i])
    return model


x, y = torch.randn(64, 256), torch.randint(0, 10, (64,))
runs = [
    ("ajuste fino completo", None, nn.ReLU),
    ("LoRA en cada Linear", [0, 2, 4], nn.ReLU),
    ("LoRA en el último Linear", [4], nn.ReLU),
    ("LoRA en el primer y el último Linear", [0, 4], nn.ReLU),  # el Linear del medio: congelado, sin adaptador
    ("GELU, LoRA en cada Linear", [0, 2, 4], nn.GELU),
    ("GELU, LoRA en el primer y el último Linear", [0, 4], nn.GELU),
]
for label, adapters, act in runs:
    model = make_model(adapters, act)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=1e-3)
    saved = []  # lo que autograd guarda para la pasada hacia atrás
    with saved_tensors_hooks(lambda t: saved.append(t) or t.detach(), lambda t: t):  # (1)!
        loss = F.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    grads = sum(nbytes(p.grad) for p in params)
    adam = sum(nbytes(s["exp_avg"]) + nbytes(s["exp_avg_sq"]) for s in opt.state.values())
    existing = {t.data_ptr() for t in [x, y, *model.parameters()]}  # existen de todos modos: los datos y los pesos
    new = {t.data_ptr(): nbytes(t) for t in saved if t.data_ptr() not in existing}  # (2)!
    print(f"{label}: entrenables {sum(p.numel() for p in params)}, gradientes {grads} B, estado de Adam {adam} B, activaciones guardadas {sum(new.values())} B")
    #> ajuste fino completo: entrenables 134154, gradientes 536616 B, estado de Adam 1073232 B, activaciones guardadas 133636 B
    #> LoRA en cada Linear: entrenables 10320, gradientes 41280 B, estado de Adam 82560 B, activaciones guardadas 139780 B
    #> LoRA en el último Linear: entrenables 2128, gradientes 8512 B, estado de Adam 17024 B, activaciones guardadas 70148 B
    #> LoRA en el primer y el último Linear: entrenables 6224, gradientes 24896 B, estado de Adam 49792 B, activaciones guardadas 137732 B
    #> GELU, LoRA en cada Linear: entrenables 10320, gradientes 41280 B, estado de Adam 82560 B, activaciones guardadas 270852 B
    #> GELU, LoRA en el primer y el último Linear: entrenables 6224, gradientes 24896 B, estado de Adam 49792 B, activaciones guardadas 203268 B
