import torch

x = torch.ones(1, requires_grad=True)


def tracked():
    return (x * 2).requires_grad


def as_context_manager(switch):
    with switch():
        return tracked()


def as_decorator(switch):
    return switch()(tracked)()


def as_plain_call(switch):
    switch()  # llamada en su propia línea; el resultado se descarta
    return tracked()


switches = {  # cada uno se prueba desde el modo contrario, para que tenga algo que cambiar
    "no_grad": (torch.no_grad, True),
    "enable_grad": (torch.enable_grad, False),
    "set_grad_enabled(False)": (lambda: torch.set_grad_enabled(False), True),
    "inference_mode": (torch.inference_mode, True),
}
for name, (switch, start) in switches.items():
    works = []
    for form in (as_context_manager, as_decorator, as_plain_call):
        torch.set_grad_enabled(start)
        works.append("sí" if form(switch) != start else "no")
    torch.set_grad_enabled(True)
    print(f"{name}: with {works[0]}, decorador {works[1]}, llamada suelta {works[2]}")
    #> no_grad: with sí, decorador sí, llamada suelta no
    #> enable_grad: with sí, decorador sí, llamada suelta no
    #> set_grad_enabled(False): with sí, decorador sí, llamada suelta sí
    #> inference_mode: with sí, decorador sí, llamada suelta no
