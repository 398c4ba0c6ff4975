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
def predict(x):  # synchronous: no await inside
    return model(x)


async def request_a(a_waiting, b_done):
    out = predict(x)
    a_waiting.set()
    await b_done.wait()  # the await is outside the no_grad function
    print("A's output requires grad:", out.requires_grad)


async def request_b(a_waiting, b_done):
    await a_waiting.wait()
    print("B sees grad enabled:", torch.is_grad_enabled())
    b_done.set()


async def main():
    out = await predict_async(x)
    print("decorated async def, output requires grad:", out.requires_grad)
    a_waiting, b_done = asyncio.Event(), asyncio.Event()
    await asyncio.gather(request_a(a_waiting, b_done), request_b(a_waiting, b_done))


asyncio.run(main())
#> decorated async def, output requires grad: True
#> B sees grad enabled: True
#> A's output requires grad: False
print("after both, grad enabled:", torch.is_grad_enabled())
#> after both, grad enabled: True
