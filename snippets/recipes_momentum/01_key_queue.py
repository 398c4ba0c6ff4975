import copy

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.randn(8, 16)  # a batch; its two augmented views, below, are two noisy copies
T = 0.07  # the contrastive loss's temperature


def train(keys_mode, freeze_key_encoder, steps=2):
    """MoCo's step: queries from the encoder, keys from its momentum copy, older keys as negatives."""
    torch.manual_seed(1)
    encoder = nn.Linear(16, 8)
    key_encoder = copy.deepcopy(encoder).requires_grad_(not freeze_key_encoder)
    opt = torch.optim.SGD(encoder.parameters(), lr=0.1)
    queue = F.normalize(torch.randn(32, 8), dim=1)  # the keys of earlier batches
    for step in range(1, steps + 1):
        q = F.normalize(encoder(x + 0.1 * torch.randn_like(x)), dim=1)
        with keys_mode():  # (1)!
            k = F.normalize(key_encoder(x + 0.1 * torch.randn_like(x)), dim=1)
        logits = torch.cat([(q * k).sum(1, keepdim=True), q @ queue.T], dim=1) / T
        try:
            F.cross_entropy(logits, torch.zeros(8, dtype=torch.long)).backward()
        except RuntimeError as e:
            return f"step {step}: {type(e).__name__}: {str(e)[:60]}..."
        opt.step()
        opt.zero_grad()
        queue = torch.cat([k, queue[:-8]])  # (2)!
        with torch.no_grad():  # the momentum update
            for p_k, p in zip(key_encoder.parameters(), encoder.parameters()):
                p_k.lerp_(p, 0.001)
    return f"{steps} steps, the key encoder got gradients: {key_encoder.weight.grad is not None}"


print("keys under no_grad:", train(torch.no_grad, freeze_key_encoder=False))
#> keys under no_grad: 2 steps, the key encoder got gradients: False
print("keys in grad mode, key encoder frozen:", train(torch.enable_grad, freeze_key_encoder=True))
#> keys in grad mode, key encoder frozen: 2 steps, the key encoder got gradients: False
print("keys in grad mode, key encoder not frozen:", train(torch.enable_grad, freeze_key_encoder=False))
#> keys in grad mode, key encoder not frozen: step 2: RuntimeError: Trying to backward through the graph a second time (or direc...
