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
    return t.numel() * t.element_size()  # Tensor.nbytes needs torch 2.1 or later


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
    ("full fine-tuning", None, nn.ReLU),
    ("LoRA on every Linear", [0, 2, 4], nn.ReLU),
    ("LoRA on the last Linear", [4], nn.ReLU),
    ("LoRA on the first and last Linear", [0, 4], nn.ReLU),  # the middle Linear: frozen, no adapter
    ("GELU, LoRA on every Linear", [0, 2, 4], nn.GELU),
    ("GELU, LoRA on the first and last Linear", [0, 4], nn.GELU),
]
for label, adapters, act in runs:
    model = make_model(adapters, act)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=1e-3)
    saved = []  # what autograd keeps for the backward pass
    with saved_tensors_hooks(lambda t: saved.append(t) or t.detach(), lambda t: t):  # (1)!
        loss = F.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    grads = sum(nbytes(p.grad) for p in params)
    adam = sum(nbytes(s["exp_avg"]) + nbytes(s["exp_avg_sq"]) for s in opt.state.values())
    existing = {t.data_ptr() for t in [x, y, *model.parameters()]}  # held anyway: the data and the weights
    new = {t.data_ptr(): nbytes(t) for t in saved if t.data_ptr() not in existing}  # (2)!
    print(f"{label}: trainable {sum(p.numel() for p in params)}, gradients {grads} B, Adam state {adam} B, activations saved {sum(new.values())} B")
    #> full fine-tuning: trainable 134154, gradients 536616 B, Adam state 1073232 B, activations saved 133636 B
    #> LoRA on every Linear: trainable 10320, gradients 41280 B, Adam state 82560 B, activations saved 139780 B
    #> LoRA on the last Linear: trainable 2128, gradients 8512 B, Adam state 17024 B, activations saved 70148 B
    #> LoRA on the first and last Linear: trainable 6224, gradients 24896 B, Adam state 49792 B, activations saved 137732 B
    #> GELU, LoRA on every Linear: trainable 10320, gradients 41280 B, Adam state 82560 B, activations saved 270852 B
    #> GELU, LoRA on the first and last Linear: trainable 6224, gradients 24896 B, Adam state 49792 B, activations saved 203268 B
