import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
encoder = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 16)).eval().requires_grad_(False)
inputs, labels = torch.randn(256, 32), torch.randint(0, 4, (256,))
with torch.inference_mode():
    cache = encoder(inputs)  # the features, computed once and reused every epoch
probe = nn.Linear(16, 4)  # the linear probe: the only thing that trains

try:
    F.cross_entropy(probe(cache), labels).backward()  # (1)!
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.

loader = DataLoader(TensorDataset(cache, labels), batch_size=32, shuffle=True)
order = torch.randperm(256)
BATCHES = {  # the same cache, read into training in six ways
    "a slice, cache[:32]": lambda: cache[:32],
    "a chunk, cache.split(32)[0]": lambda: cache.split(32)[0],
    "the same device, cache.to('cpu')": lambda: cache.to("cpu"),
    "an index, cache[order[:32]]": lambda: cache[order[:32]],  # (2)!
    "a DataLoader batch": lambda: next(iter(loader))[0],
    "F.normalize(cache)": lambda: F.normalize(cache, dim=1),
}
for name, batch in BATCHES.items():
    features = batch()
    try:
        probe(features).sum().backward()
        result = "trains"
    except RuntimeError as e:
        result = f"{type(e).__name__}: {str(e).split('.')[0]}"
    print(f"{name}: inference tensor {features.is_inference()}, {result}")
    #> a slice, cache[:32]: inference tensor True, RuntimeError: Inference tensors cannot be saved for backward
    #> a chunk, cache.split(32)[0]: inference tensor True, RuntimeError: Inference tensors cannot be saved for backward
    #> the same device, cache.to('cpu'): inference tensor True, RuntimeError: Inference tensors cannot be saved for backward
    #> an index, cache[order[:32]]: inference tensor False, trains
    #> a DataLoader batch: inference tensor False, trains
    #> F.normalize(cache): inference tensor False, trains

before = cache.clone()
try:
    cache -= cache.mean(0)  # (3)!
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to get a normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more details.
print("the cache changed anyway:", not torch.equal(before, cache))
#> the cache changed anyway: True
