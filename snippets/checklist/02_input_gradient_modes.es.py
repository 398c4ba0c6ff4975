import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2).eval()
batch = torch.randn(3, 4)

with torch.no_grad():  # un bucle de evaluación
    with torch.enable_grad():  # vuelve el modo de gradientes
        x = batch.clone().requires_grad_()
        model(x).sum().backward()
print("no_grad + enable_grad:", x.grad.shape)
#> no_grad + enable_grad: torch.Size([3, 4])

with torch.inference_mode():  # el mismo bucle bajo inference_mode
    x_inf = batch * 1  # creado dentro del modo: un tensor de inferencia
    clone_inside = x_inf.clone()  # clonado dentro del modo: también un tensor de inferencia
    with torch.enable_grad():  # dice modo de gradientes, pero no registra nada
        x = clone_inside.requires_grad_()
        out = model(x).sum()
        print("inference_mode + enable_grad:", torch.is_grad_enabled(), out.requires_grad)
        #> inference_mode + enable_grad: True False
    with torch.inference_mode(False):  # en su lugar, sal del modo
        try:
            model(x_inf).sum()  # el propio tensor de inferencia no se puede guardar
        except RuntimeError as e:
            print(f"{type(e).__name__}: {e}")
            #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.
        x = x_inf.clone().requires_grad_()  # un clon hecho aquí es un tensor normal
        model(x).sum().backward()
print(f"is_inference: clon hecho dentro {clone_inside.is_inference()}, fuera {x.is_inference()}")
#> is_inference: clon hecho dentro True, fuera False
print("inference_mode(False) + clon:", x.grad.shape)
#> inference_mode(False) + clon: torch.Size([3, 4])
