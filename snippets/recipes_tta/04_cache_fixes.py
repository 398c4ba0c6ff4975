import weakref

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
encoder = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 16)).eval().requires_grad_(False)
inputs, labels = torch.randn(256, 32), torch.randint(0, 4, (256,))


def train_probe(cache, epochs=3):
    """A linear probe trained on slices of the cache: views, not copies."""
    torch.manual_seed(1)
    probe = nn.Linear(16, 4)
    opt = torch.optim.SGD(probe.parameters(), lr=0.5)
    for _ in range(epochs):
        for i in range(0, len(cache), 32):
            loss = F.cross_entropy(probe(cache[i:i + 32]), labels[i:i + 32])
            opt.zero_grad()
            loss.backward()
            opt.step()
    return probe.weight


# Fix 1: build the cache under no_grad: an ordinary tensor that requires nothing.
with torch.no_grad():
    cache = encoder(inputs)  # (1)!
print(f"no_grad: inference tensor {cache.is_inference()}, requires grad {cache.requires_grad}, "
      f"{cache.untyped_storage().nbytes()} bytes")
#> no_grad: inference tensor False, requires grad False, 16384 bytes
cache -= cache.mean(0)  # normalizing in place is allowed too
weights = train_probe(cache)

# Fix 2: build it under inference_mode, then clone it once, outside it.
with torch.inference_mode():
    cache = encoder(inputs)
    cache -= cache.mean(0)  # (2)!
gone = weakref.ref(cache)
copy = cache.clone()  # (3)!
print(f"clone: inference tensor {copy.is_inference()}, shares memory {copy.data_ptr() == cache.data_ptr()}, "
      f"{cache.untyped_storage().nbytes() + copy.untyped_storage().nbytes()} bytes while both live")
#> clone: inference tensor False, shares memory False, 32768 bytes while both live
cache = copy
print("the inference tensor freed:", gone() is None)
#> the inference tensor freed: True
print("the same probe as with fix 1:", torch.equal(train_probe(cache), weights))
#> the same probe as with fix 1: True

# Fix 3: clone each batch instead: one batch's bytes per step, every step.
with torch.inference_mode():
    cache = encoder(inputs)
batch = cache[:32].clone()
print(f"clone per batch: {batch.untyped_storage().nbytes()} bytes per step, "
      f"{len(cache) // 32 * batch.untyped_storage().nbytes()} copied per epoch")
#> clone per batch: 2048 bytes per step, 16384 copied per epoch

# Zero-copy: from_dlpack, outside inference_mode, wraps the same memory in a normal tensor.
shared = torch.from_dlpack(cache)
print(f"from_dlpack: inference tensor {shared.is_inference()}, "
      f"shares memory {shared.data_ptr() == cache.data_ptr()}")
#> from_dlpack: inference tensor False, shares memory True
