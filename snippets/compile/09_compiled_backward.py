import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 4)

for backend in ("eager", "aot_eager"):  # aot_eager: AOTAutograd, which inductor also uses
    model = nn.Linear(4, 1)
    out = torch.compile(model, backend=backend)(x)
    out.sum().backward()  # called from Python in both cases
    print(f"{backend}: {type(out.grad_fn).__name__}, grad: {model.weight.grad is not None}")
    #> eager: AddmmBackward0, grad: True
    #> aot_eager: CompiledFunctionBackward, grad: True
