import functools

import torch

torch.manual_seed(0)


@functools.cache
def causal_mask(n):
    return torch.ones(n, n, dtype=torch.bool).triu(1)  # True por encima de la diagonal


def attention_weights(scores):
    return scores.masked_fill(causal_mask(scores.shape[-1]), float("-inf")).softmax(-1)


with torch.inference_mode():  # la primera llamada llena la caché
    attention_weights(torch.randn(4, 4))
print("la máscara en caché es un tensor de inferencia:", causal_mask(4).is_inference())
#> la máscara en caché es un tensor de inferencia: True

scores = torch.randn(4, 4, requires_grad=True)
try:
    attention_weights(scores).sum().backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.

# functools.cache guarda una entrada por cada valor del argumento
print("n=8, construida por primera vez fuera:", causal_mask(8).is_inference())
#> n=8, construida por primera vez fuera: False
print("n=4, aún en caché:", causal_mask(4).is_inference())
#> n=4, aún en caché: True
causal_mask.cache_clear()  # vacía la caché: la siguiente llamada la reconstruye
print("n=4, tras cache_clear():", causal_mask(4).is_inference())
#> n=4, tras cache_clear(): False
