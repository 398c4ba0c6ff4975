import logging

import torch

graphs = []


def counting_backend(gm, example_inputs):
    graphs.append(gm)
    return gm.forward


class KeepMessages(logging.Handler):  # keeps Dynamo's warning to print it here
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


dynamo_log = logging.getLogger("torch._dynamo.convert_frame")
kept = KeepMessages()
dynamo_log.addHandler(kept)
dynamo_log.propagate = False

print(torch._dynamo.config.recompile_limit)  # default
#> 8
torch._dynamo.config.recompile_limit = 2  # small, to hit it quickly


@torch.compile(backend=counting_backend)
def double(x):
    return x * 2


for dtype in (torch.float32, torch.float64, torch.float16, torch.bfloat16):
    out = double(torch.ones(2, dtype=dtype))  # a new dtype fails the tensor guard
    print(f"{dtype}: graphs={len(graphs)}, out={out.tolist()}")
    #> torch.float32: graphs=1, out=[2.0, 2.0]
    #> torch.float64: graphs=2, out=[2.0, 2.0]
    #> torch.float16: graphs=2, out=[2.0, 2.0]
    #> torch.bfloat16: graphs=2, out=[2.0, 2.0]
print(f"{len(kept.messages)} warning: {kept.messages[0].splitlines()[0]}")
#> 1 warning: torch._dynamo hit config.recompile_limit (2)
