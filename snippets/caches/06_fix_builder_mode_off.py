import functools

import torch

torch.manual_seed(0)


@functools.cache
@torch.inference_mode(False)  # (1)!
def causal_mask(n):
    return torch.ones(n, n, dtype=torch.bool).triu(1)


def attention_weights(scores):
    return scores.masked_fill(causal_mask(scores.shape[-1]), float("-inf")).softmax(-1)


with torch.inference_mode():
    out = attention_weights(torch.randn(4, 4))
print("output is an inference tensor:", out.is_inference())
#> output is an inference tensor: True
print("cached mask is an inference tensor:", causal_mask(4).is_inference())
#> cached mask is an inference tensor: False

scores = torch.randn(4, 4, requires_grad=True)
(attention_weights(scores) * torch.randn(4, 4)).sum().backward()
print("grad shape:", tuple(scores.grad.shape))
#> grad shape: (4, 4)
print("cached mask requires grad:", causal_mask(4).requires_grad)
#> cached mask requires grad: False
