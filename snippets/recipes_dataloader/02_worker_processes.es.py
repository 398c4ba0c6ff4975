import functools
import operator

import torch
from torch.utils.data import DataLoader

# El "dataset": tres funciones. collate_fn llama a cada una donde se forma el lote, en el worker.
probes = [torch.is_grad_enabled, torch.is_inference_mode_enabled, functools.partial(torch.zeros, 2)]
call = operator.methodcaller("__call__")  # call(f) es f()


def loader(start_method):
    return DataLoader(probes, batch_size=None, collate_fn=call, num_workers=1, multiprocessing_context=start_method)


if __name__ == "__main__":  # spawn vuelve a importar este archivo en cada worker; forkserver, una vez en su proceso servidor
    print("(gradientes activados, modo de inferencia activado) en el worker; el tensor que creó, en el proceso principal")
    #> (gradientes activados, modo de inferencia activado) en el worker; el tensor que creó, en el proceso principal
    for start in ["fork", "forkserver", "spawn"]:
        with torch.inference_mode():
            grad, inference, x = list(loader(start))  # (1)!
        print(f"{start}, bucle dentro de inference_mode: {(grad, inference)}, x.is_inference() {x.is_inference()}")
        #> fork, bucle dentro de inference_mode: (False, True), x.is_inference() True
        #> forkserver, bucle dentro de inference_mode: (True, False), x.is_inference() True
        #> spawn, bucle dentro de inference_mode: (True, False), x.is_inference() True

    with torch.no_grad():
        grad, inference, x = list(loader("fork"))
    print(f"fork, bucle dentro de no_grad: {(grad, inference)}")
    #> fork, bucle dentro de no_grad: (False, False)

    # fork copia los modos del hilo que arranca los workers, cuando se crea el iterador.
    batches = iter(loader("fork"))  # (2)!
    with torch.no_grad():
        print("fork, iterador creado fuera de no_grad, lotes tomados dentro:", (next(batches), next(batches)))
        #> fork, iterador creado fuera de no_grad, lotes tomados dentro: (True, False)
    del batches
