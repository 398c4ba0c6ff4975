import threading
from concurrent.futures import ThreadPoolExecutor

import torch

seen = {}


def record(name):
    seen[name] = torch.is_grad_enabled()


with torch.no_grad():
    record("main thread")
    worker = threading.Thread(target=record, args=("new thread",))
    worker.start()
    worker.join()
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(record, "thread pool").result()

for name, enabled in seen.items():
    print(f"{name}: grad enabled = {enabled}")
    #> main thread: grad enabled = False
    #> new thread: grad enabled = True
    #> thread pool: grad enabled = True
