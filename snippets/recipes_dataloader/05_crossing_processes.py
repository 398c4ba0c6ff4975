import sys
import tempfile

import torch
from torch.utils.data import DataLoader

torch.manual_seed(0)
leaves = [torch.randn(3, requires_grad=True) for _ in range(4)]  # leaves that require grad
w = torch.randn(3, requires_grad=True)
non_leaves = [w * i for i in range(4)]  # each has a grad_fn: MulBackward0

worker_stderr = tempfile.TemporaryFile("w+", buffering=1)  # line-buffered: each line is written at once


def keep_samples(samples):  # a collate_fn that returns the samples as they are, without torch.stack
    return samples


def to_file(worker_id):  # worker_init_fn: in the worker, what it writes to stderr goes to worker_stderr
    sys.stderr = worker_stderr


def loader(dataset):
    return DataLoader(dataset, batch_size=2, collate_fn=keep_samples, num_workers=1,
                      multiprocessing_context="fork", worker_init_fn=to_file, timeout=1)  # (1)!


batch = next(iter(loader(leaves)))
batch[0].sum().backward()
print(f"leaves: requires_grad {batch[0].requires_grad}, is_leaf {batch[0].is_leaf}; "
      f"the dataset's own tensor got a gradient: {leaves[0].grad is not None}")
#> leaves: requires_grad True, is_leaf True; the dataset's own tensor got a gradient: False

batch = next(iter(loader([t.detach() for t in non_leaves])))  # (2)!
print(f"non-leaves, detached: requires_grad {batch[0].requires_grad}")
#> non-leaves, detached: requires_grad False

try:
    next(iter(loader(non_leaves)))  # (3)!
except RuntimeError as e:
    print(f"non-leaves: {type(e).__name__}: {e}")
    #> non-leaves: RuntimeError: DataLoader timed out after 1 seconds
worker_stderr.seek(0)
print("the worker's stderr ends with:", worker_stderr.read().strip().splitlines()[-1])
#> the worker's stderr ends with: RuntimeError: Cowardly refusing to serialize non-leaf tensor which requires_grad, since autograd does not support crossing process boundaries.  If you just want to transfer the data, call detach() on the tensor before serializing (e.g., putting it on the queue).
