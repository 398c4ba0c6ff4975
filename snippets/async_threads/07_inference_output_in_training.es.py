from concurrent.futures import ThreadPoolExecutor

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(1, 4)


@torch.inference_mode()
def predict(x):
    return model(x)


with ThreadPoolExecutor(max_workers=1) as pool:
    out = pool.submit(predict, x).result()  # un tensor de inferencia, creado en otro hilo
print("la salida es un tensor de inferencia:", out.is_inference())
#> la salida es un tensor de inferencia: True

w = torch.ones(2, requires_grad=True)  # más tarde, al entrenar
(out + w).sum().backward()  # (1)!
print("out + w, tras backward(), w.grad:", w.grad.tolist())
#> out + w, tras backward(), w.grad: [1.0, 1.0]
try:
    out * w  # el gradiente de w necesita out: autograd tiene que guardarlo
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.

normal = out.clone()  # fuera de inference_mode
print("el clon es un tensor de inferencia:", normal.is_inference())
#> el clon es un tensor de inferencia: False
print("clon * w requiere gradientes:", (normal * w).requires_grad)
#> clon * w requiere gradientes: True

# Escribir in-place es otro límite, haya autograd o no
try:
    out.add_(1)  # in-place, fuera de inference_mode
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to get a normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more details.
with torch.no_grad():
    try:
        out.add_(1)
    except RuntimeError as e:
        print("también bajo no_grad:", type(e).__name__)
        #> también bajo no_grad: RuntimeError
with torch.inference_mode():
    out.add_(1)  # permitido dentro de inference_mode
print("in-place dentro de inference_mode: permitido")
#> in-place dentro de inference_mode: permitido
normal.add_(1)  # y sobre el clon, en cualquier parte
print("in-place sobre el clon: permitido")
#> in-place sobre el clon: permitido
