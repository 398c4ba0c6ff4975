import torch

with torch.inference_mode():
    embedding = torch.zeros(4)

trainable = embedding.clone().requires_grad_()  # una copia normal, hecha fuera del bloque
(trainable * 3).sum().backward()
print(trainable.is_inference(), trainable.grad)
#> False tensor([3., 3., 3., 3.])
