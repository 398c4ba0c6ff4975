import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks


class LoRALinear(nn.Module):
    def __init__(self, base, r=4, alpha=8, dropout=0.1):
        super().__init__()
        self.base = base.requires_grad_(False)
        self.A = nn.Parameter(torch.randn(r, base.in_features) / r**0.5)
        self.B = nn.Parameter(torch.randn(base.out_features, r))  # as if the adapter had been trained
        self.scale = alpha / r
        self.dropout = nn.Dropout(dropout)  # on the adapter's input only, as PEFT's LoRA layers do
        self.merged = False

    def forward(self, x):
        out = self.base(x)
        return out if self.merged else out + self.dropout(x) @ self.A.T @ self.B.T * self.scale

    @torch.no_grad()  # (1)!
    def merge(self):
        if self.merged:  # a second call would add the update twice
            return
        self.base.weight.add_(self.B @ self.A * self.scale)
        self.merged = True

    @torch.no_grad()
    def unmerge(self):
        if not self.merged:
            return
        self.base.weight.sub_(self.B @ self.A * self.scale)
        self.merged = False


def saves(layer, x):
    """How many tensors a forward pass in grad mode keeps for backward."""
    saved = []
    with saved_tensors_hooks(lambda t: saved.append(t.shape) or t.detach(), lambda t: t):
        layer(x)
    return len(saved)


torch.manual_seed(0)
layer = LoRALinear(nn.Linear(16, 16))
original = layer.base.weight.clone()
x = torch.randn(4, 16)
with torch.no_grad():
    print("train mode, two passes agree:", torch.equal(layer(x), layer(x)))  # (2)!
    #> train mode, two passes agree: False
    layer.eval()
    expected = layer(x)
    print("eval mode, two passes agree:", torch.equal(layer(x), expected))
    #> eval mode, two passes agree: True

print(f"unmerged, grad mode: {saves(layer, x)} tensors saved, output requires grad {layer(x).requires_grad}")  # (3)!
#> unmerged, grad mode: 3 tensors saved, output requires grad True
layer.merge()
layer.merge()  # the guard: nothing happens
print(f"merged, grad mode: {saves(layer, x)} tensors saved, output requires grad {layer(x).requires_grad}")
#> merged, grad mode: 0 tensors saved, output requires grad False
print("merged output matches eval mode:", torch.allclose(layer(x), expected, atol=1e-6))
#> merged output matches eval mode: True

layer.unmerge()
layer.train()  # back to training the adapter
w = layer.base.weight
print(f"after unmerge: leaf {w.is_leaf}, equal to the original {torch.equal(w, original)}, close {torch.allclose(w, original, atol=1e-6)}")  # (4)!
#> after unmerge: leaf True, equal to the original False, close True

# 16-bit weights round far more: a weight at a pretrained scale and a small update.
torch.manual_seed(0)
for dtype in [torch.float32, torch.float16, torch.bfloat16]:
    W = (torch.randn(256, 256) * 0.02).to(dtype)
    D = (torch.randn(256, 8) * 1e-3 @ torch.randn(8, 256)).to(dtype)
    merged = W + D
    lost = ((merged == W) & (D != 0)).float().mean().item()
    drift = ((merged - D).float() - W.float()).abs().max().item()
    print(f"{dtype}: update entries lost in the merge {lost:.1%}, largest unmerge error {drift:.1e}")
    #> torch.float32: update entries lost in the merge 0.0%, largest unmerge error 7.5e-09
    #> torch.float16: update entries lost in the merge 0.2%, largest unmerge error 6.1e-05
    #> torch.bfloat16: update entries lost in the merge 1.4%, largest unmerge error 4.9e-04
