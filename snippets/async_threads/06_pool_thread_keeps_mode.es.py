import threading
from concurrent.futures import ThreadPoolExecutor

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(1, 4)


def predict_leaky(x):
    torch.set_grad_enabled(False)  # (1)!
    return model(x)


def train_forward(x):  # se fía del modo del hilo
    return threading.get_ident(), model(x).requires_grad


def train_forward_safe(x):
    with torch.enable_grad():  # cada tarea fija el modo que necesita
        return model(x).requires_grad


with ThreadPoolExecutor(max_workers=1) as pool:  # un solo hilo, reutilizado por todas las tareas
    first_thread, grad = pool.submit(train_forward, x).result()
    print("primera tarea, la salida requiere gradientes:", grad)
    #> primera tarea, la salida requiere gradientes: True
    pool.submit(predict_leaky, x).result()
    thread, grad = pool.submit(train_forward, x).result()
    print("mismo hilo:", thread == first_thread, "| la salida requiere gradientes:", grad)
    #> mismo hilo: True | la salida requiere gradientes: False
    print("tarea con su propio modo, la salida requiere gradientes:", pool.submit(train_forward_safe, x).result())
    #> tarea con su propio modo, la salida requiere gradientes: True

# enable_grad() no sale del modo de inferencia; inference_mode(False) sí
with torch.inference_mode():
    with torch.enable_grad():
        out = model(x)
        print("enable_grad dentro de inference_mode, modo de gradientes activado:", torch.is_grad_enabled())
        #> enable_grad dentro de inference_mode, modo de gradientes activado: True
        print("salida: tensor de inferencia", out.is_inference(), "| grad_fn", out.grad_fn)
        #> salida: tensor de inferencia True | grad_fn None
    with torch.inference_mode(False):
        out = model(x)
        print("inference_mode(False): tensor de inferencia", out.is_inference(), "| requiere gradientes", out.requires_grad)
        #> inference_mode(False): tensor de inferencia False | requiere gradientes True
