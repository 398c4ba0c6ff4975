import logging

import torch
from torch import nn

graphs = []


def counting_backend(gm, example_inputs):
    graphs.append(gm)
    return gm.forward


class KeepMessages(logging.Handler):  # guarda el aviso de Dynamo para imprimirlo aquí
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


dynamo_log = logging.getLogger("torch._dynamo.convert_frame")
kept = KeepMessages()
dynamo_log.addHandler(kept)
dynamo_log.propagate = False

print(torch._dynamo.config.recompile_limit)  # por defecto
#> 8
torch._dynamo.config.recompile_limit = 2  # pequeño, para alcanzarlo enseguida


@torch.compile(backend=counting_backend)
def double(x):
    return x * 2


for dtype in (torch.float32, torch.float64, torch.float16, torch.bfloat16):
    out = double(torch.ones(2, dtype=dtype))  # un dtype nuevo hace fallar la guarda de tensor
    print(f"{dtype}: graphs={len(graphs)}, out={out.tolist()}")
    #> torch.float32: graphs=1, out=[2.0, 2.0]
    #> torch.float64: graphs=2, out=[2.0, 2.0]
    #> torch.float16: graphs=2, out=[2.0, 2.0]
    #> torch.bfloat16: graphs=2, out=[2.0, 2.0]
print(f"{len(kept.messages)} aviso: {kept.messages[0].splitlines()[0]}")
#> 1 aviso: torch._dynamo hit config.recompile_limit (2)


# El límite cuenta por función (por objeto de código): las instancias de una clase lo comparten.
torch.compiler.reset()
graphs.clear()


class Scale(nn.Module):
    def __init__(self, factor):
        super().__init__()
        self.factor = factor  # un int: el grafo queda vigilado por su valor

    def forward(self, x):
        return x * self.factor


for factor in (1, 2, 3):
    out = torch.compile(Scale(factor), backend=counting_backend)(torch.ones(2))
    print(f"Scale({factor}): graphs={len(graphs)}, out={out.tolist()}")
    #> Scale(1): graphs=1, out=[1.0, 1.0]
    #> Scale(2): graphs=2, out=[2.0, 2.0]
    #> Scale(3): graphs=2, out=[3.0, 3.0]
