import pickle
from multiprocessing.reduction import ForkingPickler  # el serializador de las colas de multiprocessing

import torch
import torch.multiprocessing  # import torch ya lo registra: los tensores se serializan por memoria compartida
from torch import nn

torch.manual_seed(0)
encoder = nn.Linear(4, 3)  # sus parámetros requieren gradientes
x = encoder(torch.randn(4))  # calculado en modo de gradientes, por ejemplo en el __getitem__ de un dataset
print(f"x: requires_grad {x.requires_grad}, tiene grad_fn {x.grad_fn is not None}")
#> x: requires_grad True, tiene grad_fn True
try:
    # La cola de un worker serializa x en un hilo en segundo plano, que imprime el error y sigue:
    # el proceso principal lo espera para siempre. Llamado aquí, el serializador lanza el error donde se puede capturar.
    ForkingPickler.dumps(x)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Cowardly refusing to serialize non-leaf tensor which requires_grad, since autograd does not support crossing process boundaries.  If you just want to transfer the data, call detach() on the tensor before serializing (e.g., putting it on the queue).

y = pickle.loads(pickle.dumps(x))  # pickle a secas sí lo envía: como hoja, sin su grafo
print(f"pickle a secas: requires_grad {y.requires_grad}, grad_fn {y.grad_fn}")
#> pickle a secas: requires_grad True, grad_fn None
