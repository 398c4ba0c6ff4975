import torch

torch.manual_seed(0)
a = torch.randn(4, 4, requires_grad=True)
b = torch.randn(4, 4)

for autocast_on in (False, True):
    for grad_on in (True, False):
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=autocast_on):
            with torch.set_grad_enabled(grad_on):
                out = a @ b
        print(f"autocast={autocast_on}, grad={grad_on}: {out.dtype}, requires_grad={out.requires_grad}")
        #> autocast=False, grad=True: torch.float32, requires_grad=True
        #> autocast=False, grad=False: torch.float32, requires_grad=False
        #> autocast=True, grad=True: torch.bfloat16, requires_grad=True
        #> autocast=True, grad=False: torch.bfloat16, requires_grad=False

with torch.autocast("cpu", dtype=torch.bfloat16):
    print("dentro de autocast, modo de gradientes activado:", torch.is_grad_enabled())
    #> dentro de autocast, modo de gradientes activado: True
    with torch.no_grad():
        print("dentro de no_grad, autocast activado:", torch.is_autocast_enabled("cpu"))
        #> dentro de no_grad, autocast activado: True
