import torch

with torch.inference_mode():
    embedding = torch.zeros(4)

try:
    embedding.requires_grad_()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Setting requires_grad=True on inference tensor outside InferenceMode is not allowed.

trainable = embedding.clone().requires_grad_()  # una copia normal sí puede entrenarse
print(trainable.requires_grad, trainable.is_inference())
#> True False
