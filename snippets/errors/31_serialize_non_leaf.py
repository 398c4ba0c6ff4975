import pickle
from multiprocessing.reduction import ForkingPickler  # the pickler of multiprocessing's queues

import torch
import torch.multiprocessing  # import torch already registers this: tensors pickle through shared memory
from torch import nn

torch.manual_seed(0)
encoder = nn.Linear(4, 3)  # its parameters require grad
x = encoder(torch.randn(4))  # computed in grad mode, in a dataset's __getitem__ say
print(f"x: requires_grad {x.requires_grad}, has a grad_fn {x.grad_fn is not None}")
#> x: requires_grad True, has a grad_fn True
try:
    # A worker's queue pickles x in a background thread, which prints the error and carries on:
    # the main process waits for it forever. Called here, the pickler raises where we can catch it.
    ForkingPickler.dumps(x)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Cowardly refusing to serialize non-leaf tensor which requires_grad, since autograd does not support crossing process boundaries.  If you just want to transfer the data, call detach() on the tensor before serializing (e.g., putting it on the queue).

y = pickle.loads(pickle.dumps(x))  # plain pickle does send it: as a leaf, without its graph
print(f"plain pickle: requires_grad {y.requires_grad}, grad_fn {y.grad_fn}")
#> plain pickle: requires_grad True, grad_fn None
