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
    switch()  # called on its own line, result discarded
    return tracked()


switches = {  # each is tried from the opposite mode, so that it has something to change
    "no_grad": (torch.no_grad, True),
    "enable_grad": (torch.enable_grad, False),
    "set_grad_enabled(False)": (lambda: torch.set_grad_enabled(False), True),
    "inference_mode": (torch.inference_mode, True),
}
for name, (switch, start) in switches.items():
    works = []
    for form in (as_context_manager, as_decorator, as_plain_call):
        torch.set_grad_enabled(start)
        works.append("yes" if form(switch) != start else "no")
    torch.set_grad_enabled(True)
    print(f"{name}: with {works[0]}, decorator {works[1]}, plain call {works[2]}")
    #> no_grad: with yes, decorator yes, plain call no
    #> enable_grad: with yes, decorator yes, plain call no
    #> set_grad_enabled(False): with yes, decorator yes, plain call yes
    #> inference_mode: with yes, decorator yes, plain call no
