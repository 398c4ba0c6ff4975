import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
x = torch.randn(32, 64)


def new_activations(model):
    saved = []
    with saved_tensors_hooks(lambda t: saved.append(t) or t.detach(), lambda t: t):  # detach: sin ciclo
        model(x)
    existing = {t.data_ptr() for t in [x, *model.parameters()]}
    new = {t.data_ptr(): t.nbytes for t in saved if t.data_ptr() not in existing}
    return f"{len(new)} ({sum(new.values()) // 1024} KiB)"


# lo que guarda cada activación para la pasada hacia atrás: ReLU, su salida; GELU, su entrada
h = torch.randn(3, requires_grad=True)
print([n for n in dir(torch.relu(h).grad_fn) if n.startswith("_saved")])
#> ['_saved_result']
print([n for n in dir(nn.functional.gelu(h).grad_fn) if n.startswith("_saved")])
#> ['_saved_approximate', '_saved_self']

for act in (nn.ReLU(), nn.GELU(), nn.Identity()):
    model = nn.Sequential(nn.Linear(64, 256), act, nn.Linear(256, 256), act, nn.Linear(256, 10))
    before = new_activations(model)
    model[2].requires_grad_(False)  # una capa congelada después de una entrenable
    print(f"{type(act).__name__:8} activaciones nuevas: {before} -> {new_activations(model)}")
    #> ReLU     activaciones nuevas: 2 (64 KiB) -> 2 (64 KiB)
    #> GELU     activaciones nuevas: 4 (128 KiB) -> 3 (96 KiB)
    #> Identity activaciones nuevas: 2 (64 KiB) -> 1 (32 KiB)

# Por cada Linear congelado: cada uno deja de guardar su propia entrada (32 x 256 floats = 32 KiB)
model = nn.Sequential(nn.Linear(64, 256), nn.Linear(256, 256), nn.Linear(256, 256), nn.Linear(256, 10))
print("0 Linear congelados:", new_activations(model))
#> 0 Linear congelados: 3 (96 KiB)
model[1].requires_grad_(False)
print("1 Linear congelado:", new_activations(model))
#> 1 Linear congelado: 2 (64 KiB)
model[2].requires_grad_(False)
print("2 Linear congelados:", new_activations(model))
#> 2 Linear congelados: 1 (32 KiB)

# Una LayerNorm congelada sigue guardando su entrada: el gradiente de la entrada la necesita
model = nn.Sequential(nn.Linear(64, 256), nn.LayerNorm(256), nn.Linear(256, 10))
before = new_activations(model)
model[1].requires_grad_(False)
print(f"LayerNorm congelada: {before} -> {new_activations(model)}")
#> LayerNorm congelada: 4 (64 KiB) -> 4 (64 KiB)
