import asyncio

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(1, 4)


@torch.no_grad()
def predict(x):
    return model(x)


async def main():
    with torch.no_grad():
        out = await asyncio.to_thread(model, x)  # (1)!
    print("no_grad alrededor de to_thread, la salida requiere gradientes:", out.requires_grad)

    out = await asyncio.to_thread(predict, x)  # el hilo de trabajo fija su propio modo
    print("no_grad dentro del hilo de trabajo, la salida requiere gradientes:", out.requires_grad)


asyncio.run(main())
#> no_grad alrededor de to_thread, la salida requiere gradientes: True
#> no_grad dentro del hilo de trabajo, la salida requiere gradientes: False
