import asyncio
from concurrent.futures import ThreadPoolExecutor

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(1, 4)


@torch.inference_mode()
def predict(x):  # runs in the worker thread, mode included
    return model(x)


async def main(pool):
    loop = asyncio.get_running_loop()
    with torch.inference_mode():
        out = await loop.run_in_executor(pool, model, x)  # (1)!
    print("inference_mode around the call:", out.is_inference(), out.requires_grad)

    out = await loop.run_in_executor(pool, predict, x)
    print("inference_mode in the worker:", out.is_inference(), out.requires_grad)
    print("event loop thread, inference mode:", torch.is_inference_mode_enabled())


with ThreadPoolExecutor(max_workers=1) as pool:  # the thread that runs the model
    asyncio.run(main(pool))
    #> inference_mode around the call: False True
    #> inference_mode in the worker: True False
    #> event loop thread, inference mode: False
