import asyncio

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(1, 4)


@torch.no_grad()
async def predict_async(x):  # (1)!
    return model(x)


@torch.no_grad()
def predict(x):  # síncrona: ningún await dentro
    return model(x)


async def request_a(a_waiting, b_done):
    out = predict(x)
    a_waiting.set()
    await b_done.wait()  # el await queda fuera de la función no_grad
    print("la salida de A requiere gradientes:", out.requires_grad)


async def request_b(a_waiting, b_done):
    await a_waiting.wait()
    print("B ve el modo de gradientes activado:", torch.is_grad_enabled())
    b_done.set()


async def main():
    out = await predict_async(x)
    print("async def decorado, la salida requiere gradientes:", out.requires_grad)
    a_waiting, b_done = asyncio.Event(), asyncio.Event()
    await asyncio.gather(request_a(a_waiting, b_done), request_b(a_waiting, b_done))


asyncio.run(main())
#> async def decorado, la salida requiere gradientes: True
#> B ve el modo de gradientes activado: True
#> la salida de A requiere gradientes: False
print("tras las dos, modo de gradientes activado:", torch.is_grad_enabled())
#> tras las dos, modo de gradientes activado: True
