import threading
from concurrent.futures import ThreadPoolExecutor

import torch

seen = {}


def record(name):
    seen[name] = torch.is_grad_enabled()


with torch.no_grad():
    record("hilo principal")
    worker = threading.Thread(target=record, args=("hilo nuevo",))
    worker.start()
    worker.join()
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(record, "grupo de hilos").result()

for name, enabled in seen.items():
    print(f"{name}: registro de gradientes = {enabled}")
    #> hilo principal: registro de gradientes = False
    #> hilo nuevo: registro de gradientes = True
    #> grupo de hilos: registro de gradientes = True
