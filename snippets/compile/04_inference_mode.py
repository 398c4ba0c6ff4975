import torch
from torch import nn

torch.manual_seed(0)
graphs = []


def counting_backend(gm, example_inputs):
    graphs.append(gm)
    return gm.forward


model = nn.Linear(4, 1).eval()
compiled = torch.compile(model, backend=counting_backend)
x = torch.randn(2, 4)  # a normal tensor
with torch.inference_mode():
    x_inf = torch.randn(2, 4)  # an inference tensor

with torch.no_grad():  # warm-up in no_grad...
    compiled(x)
print("no_grad, normal input:", len(graphs))
#> no_grad, normal input: 1
with torch.inference_mode():  # ...serving in inference_mode
    out = compiled(x)
    print("inference_mode, normal input:", len(graphs), out.is_inference())
    #> inference_mode, normal input: 2 True
    compiled(x_inf)
    print("inference_mode, inference input:", len(graphs))
    #> inference_mode, inference input: 3
with torch.no_grad():
    compiled(x_inf)
print("no_grad, inference input:", len(graphs))
#> no_grad, inference input: 4

# Fix: warm up exactly as you serve: same mode, inputs made the same way.
torch.compiler.reset()  # (1)!
graphs.clear()
with torch.inference_mode():
    for _ in range(5):
        request = torch.randn(2, 4)
        compiled(request)
print("5 requests in inference_mode:", len(graphs))
#> 5 requests in inference_mode: 1
