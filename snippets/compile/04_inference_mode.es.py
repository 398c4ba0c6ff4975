import torch
from torch import nn

torch.manual_seed(0)
graphs = []


def counting_backend(gm, example_inputs):
    graphs.append(gm)
    return gm.forward


model = nn.Linear(4, 1).eval()
compiled = torch.compile(model, backend=counting_backend)
x = torch.randn(2, 4)  # un tensor normal
with torch.inference_mode():
    x_inf = torch.randn(2, 4)  # un tensor de inferencia

with torch.no_grad():  # calentamiento con no_grad...
    compiled(x)
print("no_grad, entrada normal:", len(graphs))
#> no_grad, entrada normal: 1
with torch.inference_mode():  # ...servicio con inference_mode
    out = compiled(x)
    print("inference_mode, entrada normal:", len(graphs), out.is_inference())
    #> inference_mode, entrada normal: 2 True
    compiled(x_inf)
    print("inference_mode, entrada de inferencia:", len(graphs))
    #> inference_mode, entrada de inferencia: 3
with torch.no_grad():
    compiled(x_inf)
print("no_grad, entrada de inferencia:", len(graphs))
#> no_grad, entrada de inferencia: 4

# Solución: calienta exactamente como vas a servir: mismo modo, entradas creadas igual.
torch.compiler.reset()  # (1)!
graphs.clear()
with torch.inference_mode():
    for _ in range(5):
        request = torch.randn(2, 4)
        compiled(request)
print("5 peticiones en inference_mode:", len(graphs))
#> 5 peticiones en inference_mode: 1
