import threading

import torch


def grad_enabled_in_new_thread():
    seen = []
    worker = threading.Thread(target=lambda: seen.append(torch.is_grad_enabled()))
    worker.start()
    worker.join()
    return seen[0]


with torch.no_grad():
    print("no_grad:", grad_enabled_in_new_thread())
    #> no_grad: True
with torch.inference_mode():
    print("inference_mode:", grad_enabled_in_new_thread())
    #> inference_mode: True
torch.set_grad_enabled(False)
print("set_grad_enabled(False):", grad_enabled_in_new_thread())
#> set_grad_enabled(False): True
torch.set_grad_enabled(True)


def grad_enabled_here_while_other_thread_is_inside(switch):
    inside, done = threading.Event(), threading.Event()

    def worker():
        with switch():
            inside.set()
            done.wait()  # se queda dentro hasta que este hilo haya mirado

    other = threading.Thread(target=worker)
    other.start()
    inside.wait()
    seen = torch.is_grad_enabled()
    done.set()
    other.join()
    return seen


print("otro hilo en no_grad, aquí:", grad_enabled_here_while_other_thread_is_inside(torch.no_grad))
#> otro hilo en no_grad, aquí: True
with torch.no_grad():
    print("otro hilo en enable_grad, aquí:", grad_enabled_here_while_other_thread_is_inside(torch.enable_grad))
    #> otro hilo en enable_grad, aquí: False
