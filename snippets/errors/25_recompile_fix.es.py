import torch
from torch import nn

graphs = []


def counting_backend(gm, example_inputs):
    graphs.append(gm)  # una llamada por compilación
    return gm.forward


torch.manual_seed(0)
model = torch.compile(nn.Linear(4, 1), backend=counting_backend)
x = torch.randn(2, 4)

model(x)  # calienta cada modo que vayas a usar: modo de gradientes...
with torch.no_grad():
    model(x)  # ...y no_grad
print("compilaciones tras el calentamiento:", len(graphs))
#> compilaciones tras el calentamiento: 2

with torch.compiler.set_stance("fail_on_recompile"):
    for step in range(3):
        train_out = model(x)
        with torch.no_grad():
            eval_out = model(x)
print("compilaciones tras 3 pasos más:", len(graphs))
#> compilaciones tras 3 pasos más: 2
print(train_out.requires_grad, eval_out.requires_grad)
#> True False
