import asyncio

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(1, 4)


async def request(name, mode, me_in, other_in, me_out, other_out):
    with mode():
        me_in.set()
        await other_in.wait()  # both requests are now inside the block
        if name == "B":
            await other_out.wait()  # A leaves first
            print("B, inside its block, output requires grad:", model(x).requires_grad)
        me_out.set()


async def serve(mode):
    a_in, b_in, a_out, b_out = (asyncio.Event() for _ in range(4))
    await asyncio.gather(
        request("A", mode, a_in, b_in, a_out, b_out),
        request("B", mode, b_in, a_in, b_out, a_out),
    )


asyncio.run(serve(torch.no_grad))
#> B, inside its block, output requires grad: True
print("after both, grad enabled:", torch.is_grad_enabled())  # (1)!
#> after both, grad enabled: False
print("a later training forward requires grad:", model(x).requires_grad)
#> a later training forward requires grad: False

torch.set_grad_enabled(True)  # repair, then try inference_mode
asyncio.run(serve(torch.inference_mode))
#> B, inside its block, output requires grad: True
print("after both, inference mode:", torch.is_inference_mode_enabled())
#> after both, inference mode: True
print("a later training forward requires grad:", model(x).requires_grad)
#> a later training forward requires grad: False
