import functools
import operator

import torch
from torch.utils.data import DataLoader

# The "dataset": three functions. collate_fn calls each one where the batch is made, in the worker.
probes = [torch.is_grad_enabled, torch.is_inference_mode_enabled, functools.partial(torch.zeros, 2)]
call = operator.methodcaller("__call__")  # call(f) is f()


def loader(start_method):
    return DataLoader(probes, batch_size=None, collate_fn=call, num_workers=1, multiprocessing_context=start_method)


if __name__ == "__main__":  # spawn imports this file again in each worker, forkserver once in its server process
    print("(grad enabled, inference mode enabled) in the worker; the tensor it made, in the main process")
    #> (grad enabled, inference mode enabled) in the worker; the tensor it made, in the main process
    for start in ["fork", "forkserver", "spawn"]:
        with torch.inference_mode():
            grad, inference, x = list(loader(start))  # (1)!
        print(f"{start}, loop inside inference_mode: {(grad, inference)}, x.is_inference() {x.is_inference()}")
        #> fork, loop inside inference_mode: (False, True), x.is_inference() True
        #> forkserver, loop inside inference_mode: (True, False), x.is_inference() True
        #> spawn, loop inside inference_mode: (True, False), x.is_inference() True

    with torch.no_grad():
        grad, inference, x = list(loader("fork"))
    print(f"fork, loop inside no_grad: {(grad, inference)}")
    #> fork, loop inside no_grad: (False, False)

    # fork copies the modes of the thread that starts the workers, when the iterator is made.
    batches = iter(loader("fork"))  # (2)!
    with torch.no_grad():
        print("fork, iterator made outside no_grad, batches taken inside:", (next(batches), next(batches)))
        #> fork, iterator made outside no_grad, batches taken inside: (True, False)
    del batches
