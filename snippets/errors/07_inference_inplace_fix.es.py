import torch

with torch.inference_mode():
    counts = torch.zeros(3)

counts = counts.clone()  # una copia normal, hecha fuera del bloque
counts.add_(1)
print(counts, counts.is_inference())
#> tensor([1., 1., 1.]) False
