import asyncio

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(1, 4)


async def request(name, mode, me_in, other_in, me_out, other_out):
    with mode():
        me_in.set()
        await other_in.wait()  # las dos peticiones están ya dentro del bloque
        if name == "B":
            await other_out.wait()  # A sale primero
            print("B, dentro de su bloque, la salida requiere gradientes:", model(x).requires_grad)
        me_out.set()


async def serve(mode):
    a_in, b_in, a_out, b_out = (asyncio.Event() for _ in range(4))
    await asyncio.gather(
        request("A", mode, a_in, b_in, a_out, b_out),
        request("B", mode, b_in, a_in, b_out, a_out),
    )


asyncio.run(serve(torch.no_grad))
#> B, dentro de su bloque, la salida requiere gradientes: True
print("tras las dos, modo de gradientes activado:", torch.is_grad_enabled())  # (1)!
#> tras las dos, modo de gradientes activado: False
print("pasada de entrenamiento posterior, la salida requiere gradientes:", model(x).requires_grad)
#> pasada de entrenamiento posterior, la salida requiere gradientes: False

torch.set_grad_enabled(True)  # lo reparamos y probamos inference_mode
asyncio.run(serve(torch.inference_mode))
#> B, dentro de su bloque, la salida requiere gradientes: True
print("tras las dos, modo de inferencia:", torch.is_inference_mode_enabled())
#> tras las dos, modo de inferencia: True
print("pasada de entrenamiento posterior, la salida requiere gradientes:", model(x).requires_grad)
#> pasada de entrenamiento posterior, la salida requiere gradientes: False
