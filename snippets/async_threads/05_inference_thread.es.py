import asyncio
from concurrent.futures import ThreadPoolExecutor

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(1, 4)


@torch.inference_mode()
def predict(x):  # se ejecuta en el hilo de trabajo, y su modo también
    return model(x)


async def main(pool):
    loop = asyncio.get_running_loop()
    with torch.inference_mode():
        out = await loop.run_in_executor(pool, model, x)  # (1)!
    print("inference_mode alrededor de la llamada:", out.is_inference(), out.requires_grad)

    out = await loop.run_in_executor(pool, predict, x)
    print("inference_mode en el hilo de trabajo:", out.is_inference(), out.requires_grad)
    print("hilo del bucle de eventos, modo de inferencia:", torch.is_inference_mode_enabled())


with ThreadPoolExecutor(max_workers=1) as pool:  # el hilo que ejecuta el modelo
    asyncio.run(main(pool))
    #> inference_mode alrededor de la llamada: False True
    #> inference_mode en el hilo de trabajo: True False
    #> hilo del bucle de eventos, modo de inferencia: False
