import asyncio

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(1, 4)


async def request_a(a_inside, b_done):
    with torch.no_grad():
        a_inside.set()
        await b_done.wait()  # (1)!


async def request_b(a_inside, b_done):
    await a_inside.wait()  # se ejecuta mientras A está suspendida dentro de no_grad
    print("B ve el modo de gradientes activado:", torch.is_grad_enabled())
    print("la salida de B requiere gradientes:", model(x).requires_grad)
    b_done.set()


async def main():
    a_inside, b_done = asyncio.Event(), asyncio.Event()
    await asyncio.gather(request_a(a_inside, b_done), request_b(a_inside, b_done))


asyncio.run(main())
#> B ve el modo de gradientes activado: False
#> la salida de B requiere gradientes: False
