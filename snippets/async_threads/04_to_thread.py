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
    print("no_grad around to_thread, output requires grad:", out.requires_grad)

    out = await asyncio.to_thread(predict, x)  # the worker sets its own mode
    print("no_grad inside the worker, output requires grad:", out.requires_grad)


asyncio.run(main())
#> no_grad around to_thread, output requires grad: True
#> no_grad inside the worker, output requires grad: False
