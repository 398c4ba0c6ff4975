import torch
from torch import nn

graphs = []


def counting_backend(gm, example_inputs):
    graphs.append(gm)  # one call per compilation
    return gm.forward


torch.manual_seed(0)
model = torch.compile(nn.Linear(4, 1), backend=counting_backend)
x = torch.randn(2, 4)

model(x)  # warm up every mode you will use: grad mode...
with torch.no_grad():
    model(x)  # ...and no_grad
print("compilations after warm-up:", len(graphs))
#> compilations after warm-up: 2

with torch.compiler.set_stance("fail_on_recompile"):
    for step in range(3):
        train_out = model(x)
        with torch.no_grad():
            eval_out = model(x)
print("compilations after 3 more steps:", len(graphs))
#> compilations after 3 more steps: 2
print(train_out.requires_grad, eval_out.requires_grad)
#> True False
