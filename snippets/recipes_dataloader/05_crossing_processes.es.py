import sys
import tempfile

import torch
from torch.utils.data import DataLoader

torch.manual_seed(0)
leaves = [torch.randn(3, requires_grad=True) for _ in range(4)]  # hojas que requieren gradientes
w = torch.randn(3, requires_grad=True)
non_leaves = [w * i for i in range(4)]  # cada uno tiene grad_fn: MulBackward0

worker_stderr = tempfile.TemporaryFile("w+", buffering=1)  # búfer por líneas: cada línea se escribe en el acto


def keep_samples(samples):  # un collate_fn que devuelve las muestras tal cual, sin torch.stack
    return samples


def to_file(worker_id):  # worker_init_fn: en el worker, lo que escribe en stderr va a worker_stderr
    sys.stderr = worker_stderr


def loader(dataset):
    return DataLoader(dataset, batch_size=2, collate_fn=keep_samples, num_workers=1,
                      multiprocessing_context="fork", worker_init_fn=to_file, timeout=1)  # (1)!


batch = next(iter(loader(leaves)))
batch[0].sum().backward()
print(f"hojas: requires_grad {batch[0].requires_grad}, is_leaf {batch[0].is_leaf}; "
      f"el propio tensor del dataset recibió gradiente: {leaves[0].grad is not None}")
#> hojas: requires_grad True, is_leaf True; el propio tensor del dataset recibió gradiente: False

batch = next(iter(loader([t.detach() for t in non_leaves])))  # (2)!
print(f"no hojas, con detach(): requires_grad {batch[0].requires_grad}")
#> no hojas, con detach(): requires_grad False

try:
    next(iter(loader(non_leaves)))  # (3)!
except RuntimeError as e:
    print(f"no hojas: {type(e).__name__}: {e}")
    #> no hojas: RuntimeError: DataLoader timed out after 1 seconds
worker_stderr.seek(0)
print("el stderr del worker termina con:", worker_stderr.read().strip().splitlines()[-1])
#> el stderr del worker termina con: RuntimeError: Cowardly refusing to serialize non-leaf tensor which requires_grad, since autograd does not support crossing process boundaries.  If you just want to transfer the data, call detach() on the tensor before serializing (e.g., putting it on the queue).
