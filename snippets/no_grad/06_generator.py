import torch


@torch.no_grad()
def batches(n):
    for i in range(n):
        yield i, torch.is_grad_enabled()  # inside the generator's body


for i, inside in batches(2):
    print(f"batch {i}: inside {inside}, caller {torch.is_grad_enabled()}")
    #> batch 0: inside False, caller True
    #> batch 1: inside False, caller True
