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
