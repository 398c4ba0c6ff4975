import copy

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.randn(8, 16)  # un lote; sus dos vistas aumentadas, más abajo, son dos copias con ruido
T = 0.07  # la temperatura de la pérdida contrastiva


def train(keys_mode, freeze_key_encoder, steps=2):
    """Paso de MoCo: consultas del codificador, claves de su copia con momento, las claves anteriores como negativos."""
    torch.manual_seed(1)
    encoder = nn.Linear(16, 8)
    key_encoder = copy.deepcopy(encoder).requires_grad_(not freeze_key_encoder)
    opt = torch.optim.SGD(encoder.parameters(), lr=0.1)
    queue = F.normalize(torch.randn(32, 8), dim=1)  # las claves de lotes anteriores
    for step in range(1, steps + 1):
        q = F.normalize(encoder(x + 0.1 * torch.randn_like(x)), dim=1)
        with keys_mode():  # (1)!
            k = F.normalize(key_encoder(x + 0.1 * torch.randn_like(x)), dim=1)
        logits = torch.cat([(q * k).sum(1, keepdim=True), q @ queue.T], dim=1) / T
        try:
            F.cross_entropy(logits, torch.zeros(8, dtype=torch.long)).backward()
        except RuntimeError as e:
            return f"paso {step}: {type(e).__name__}: {str(e)[:60]}..."
        opt.step()
        opt.zero_grad()
        queue = torch.cat([k, queue[:-8]])  # (2)!
        with torch.no_grad():  # la actualización con momento
            for p_k, p in zip(key_encoder.parameters(), encoder.parameters()):
                p_k.lerp_(p, 0.001)
    return f"{steps} pasos, el codificador de claves recibió gradientes: {key_encoder.weight.grad is not None}"


print("claves bajo no_grad:", train(torch.no_grad, freeze_key_encoder=False))
#> claves bajo no_grad: 2 pasos, el codificador de claves recibió gradientes: False
print("claves en modo de gradientes, codificador de claves congelado:", train(torch.enable_grad, freeze_key_encoder=True))
#> claves en modo de gradientes, codificador de claves congelado: 2 pasos, el codificador de claves recibió gradientes: False
print("claves en modo de gradientes, codificador de claves sin congelar:", train(torch.enable_grad, freeze_key_encoder=False))
#> claves en modo de gradientes, codificador de claves sin congelar: paso 2: RuntimeError: Trying to backward through the graph a second time (or direc...
