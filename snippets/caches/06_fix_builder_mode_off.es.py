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
print("la salida es un tensor de inferencia:", out.is_inference())
#> la salida es un tensor de inferencia: True
print("la máscara en caché es un tensor de inferencia:", causal_mask(4).is_inference())
#> la máscara en caché es un tensor de inferencia: False

scores = torch.randn(4, 4, requires_grad=True)
(attention_weights(scores) * torch.randn(4, 4)).sum().backward()
print("forma del gradiente:", tuple(scores.grad.shape))
#> forma del gradiente: (4, 4)
print("la máscara en caché requiere gradientes:", causal_mask(4).requires_grad)
#> la máscara en caché requiere gradientes: False
