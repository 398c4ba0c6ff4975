import torch


@torch.no_grad()
def batches(n):
    for i in range(n):
        yield i, torch.is_grad_enabled()  # dentro del cuerpo del generador


for i, inside in batches(2):
    print(f"lote {i}: dentro {inside}, bucle {torch.is_grad_enabled()}")
    #> lote 0: dentro False, bucle True
    #> lote 1: dentro False, bucle True
