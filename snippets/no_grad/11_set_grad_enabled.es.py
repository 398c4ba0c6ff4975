import torch

x = torch.ones(2, requires_grad=True)
is_train = False

with torch.set_grad_enabled(is_train):  # un gestor de contexto con interruptor
    print((x * 2).requires_grad)
    #> False
print((x * 2).requires_grad)
#> True


@torch.set_grad_enabled(False)  # un decorador
def evaluate():
    return (x * 2).requires_grad


print(evaluate())
#> False

torch.set_grad_enabled(False)  # una llamada simple: apagado en este hilo hasta que se restablezca
print((x * 2).requires_grad)
#> False
torch.set_grad_enabled(True)
print((x * 2).requires_grad)
#> True
