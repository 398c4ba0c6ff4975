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


def train_forward(x):  # trusts the thread's mode
    return threading.get_ident(), model(x).requires_grad


def train_forward_safe(x):
    with torch.enable_grad():  # each job sets the mode it needs
        return model(x).requires_grad


with ThreadPoolExecutor(max_workers=1) as pool:  # one thread, reused by every job
    first_thread, grad = pool.submit(train_forward, x).result()
    print("first job, output requires grad:", grad)
    #> first job, output requires grad: True
    pool.submit(predict_leaky, x).result()
    thread, grad = pool.submit(train_forward, x).result()
    print("same thread:", thread == first_thread, "| output requires grad:", grad)
    #> same thread: True | output requires grad: False
    print("job with its own mode, output requires grad:", pool.submit(train_forward_safe, x).result())
    #> job with its own mode, output requires grad: True

# enable_grad() does not leave inference mode; inference_mode(False) does
with torch.inference_mode():
    with torch.enable_grad():
        out = model(x)
        print("enable_grad inside inference_mode, grad mode on:", torch.is_grad_enabled())
        #> enable_grad inside inference_mode, grad mode on: True
        print("output: inference tensor", out.is_inference(), "| grad_fn", out.grad_fn)
        #> output: inference tensor True | grad_fn None
    with torch.inference_mode(False):
        out = model(x)
        print("inference_mode(False): inference tensor", out.is_inference(), "| requires grad", out.requires_grad)
        #> inference_mode(False): inference tensor False | requires grad True
