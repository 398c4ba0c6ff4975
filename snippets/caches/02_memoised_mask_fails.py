import functools

import torch

torch.manual_seed(0)


@functools.cache
def causal_mask(n):
    return torch.ones(n, n, dtype=torch.bool).triu(1)  # True above the diagonal


def attention_weights(scores):
    return scores.masked_fill(causal_mask(scores.shape[-1]), float("-inf")).softmax(-1)


with torch.inference_mode():  # the first call fills the cache
    attention_weights(torch.randn(4, 4))
print("cached mask is an inference tensor:", causal_mask(4).is_inference())
#> cached mask is an inference tensor: True

scores = torch.randn(4, 4, requires_grad=True)
try:
    attention_weights(scores).sum().backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.

# functools.cache keeps one entry per argument value
print("n=8, first built outside:", causal_mask(8).is_inference())
#> n=8, first built outside: False
print("n=4, still cached:", causal_mask(4).is_inference())
#> n=4, still cached: True
causal_mask.cache_clear()  # empties the cache: the next call rebuilds
print("n=4, after cache_clear():", causal_mask(4).is_inference())
#> n=4, after cache_clear(): False
