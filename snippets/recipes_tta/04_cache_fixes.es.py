import weakref

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
encoder = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 16)).eval().requires_grad_(False)
inputs, labels = torch.randn(256, 32), torch.randint(0, 4, (256,))


def train_probe(cache, epochs=3):
    """Una sonda lineal entrenada con cortes de la caché: vistas, no copias."""
    torch.manual_seed(1)
    probe = nn.Linear(16, 4)
    opt = torch.optim.SGD(probe.parameters(), lr=0.5)
    for _ in range(epochs):
        for i in range(0, len(cache), 32):
            loss = F.cross_entropy(probe(cache[i:i + 32]), labels[i:i + 32])
            opt.zero_grad()
            loss.backward()
            opt.step()
    return probe.weight


# Solución 1: construir la caché bajo no_grad: un tensor corriente que no requiere nada.
with torch.no_grad():
    cache = encoder(inputs)  # (1)!
print(f"no_grad: tensor de inferencia {cache.is_inference()}, requiere gradiente {cache.requires_grad}, "
      f"{cache.untyped_storage().nbytes()} bytes")
#> no_grad: tensor de inferencia False, requiere gradiente False, 16384 bytes
cache -= cache.mean(0)  # normalizarla in-place también está permitido
weights = train_probe(cache)

# Solución 2: construirla bajo inference_mode y clonarla una vez, fuera de él.
with torch.inference_mode():
    cache = encoder(inputs)
    cache -= cache.mean(0)  # (2)!
gone = weakref.ref(cache)
copy = cache.clone()  # (3)!
print(f"clone: tensor de inferencia {copy.is_inference()}, comparte memoria {copy.data_ptr() == cache.data_ptr()}, "
      f"{cache.untyped_storage().nbytes() + copy.untyped_storage().nbytes()} bytes mientras viven los dos")
#> clone: tensor de inferencia False, comparte memoria False, 32768 bytes mientras viven los dos
cache = copy
print("el tensor de inferencia liberado:", gone() is None)
#> el tensor de inferencia liberado: True
print("la misma sonda que con la solución 1:", torch.equal(train_probe(cache), weights))
#> la misma sonda que con la solución 1: True

# Solución 3: clonar cada lote: los bytes de un lote por paso, en cada paso.
with torch.inference_mode():
    cache = encoder(inputs)
batch = cache[:32].clone()
print(f"clone por lote: {batch.untyped_storage().nbytes()} bytes por paso, "
      f"{len(cache) // 32 * batch.untyped_storage().nbytes()} copiados por época")
#> clone por lote: 2048 bytes por paso, 16384 copiados por época

# Sin copia: from_dlpack, fuera de inference_mode, envuelve la misma memoria en un tensor normal.
shared = torch.from_dlpack(cache)
print(f"from_dlpack: tensor de inferencia {shared.is_inference()}, "
      f"comparte memoria {shared.data_ptr() == cache.data_ptr()}")
#> from_dlpack: tensor de inferencia False, comparte memoria True
