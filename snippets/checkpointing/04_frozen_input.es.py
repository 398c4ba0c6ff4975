import warnings

import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
embed = nn.Embedding(10, 4).requires_grad_(False)  # congelado
block = nn.Linear(4, 4)  # entrenable, con checkpoint
head = nn.Linear(4, 1)  # entrenable
tokens = torch.tensor([1, 2, 3])

for reentrant in (True, False):
    block.zero_grad(set_to_none=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        h = checkpoint(block, embed(tokens), use_reentrant=reentrant)
    for warning in caught:
        print(f"{warning.category.__name__}: {warning.message}")
        #> UserWarning: None of the inputs have requires_grad=True. Gradients will be None
    head(h).sum().backward()
    print(f"use_reentrant={reentrant}: h.requires_grad={h.requires_grad}, "
          f"el bloque recibió un gradiente: {block.weight.grad is not None}")
    #> use_reentrant=True: h.requires_grad=False, el bloque recibió un gradiente: False
    #> use_reentrant=False: h.requires_grad=True, el bloque recibió un gradiente: True
