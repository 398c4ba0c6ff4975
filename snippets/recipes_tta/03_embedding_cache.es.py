import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
encoder = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 16)).eval().requires_grad_(False)
inputs, labels = torch.randn(256, 32), torch.randint(0, 4, (256,))
with torch.inference_mode():
    cache = encoder(inputs)  # las características, calculadas una vez y reutilizadas en cada época
probe = nn.Linear(16, 4)  # la sonda lineal: lo único que se entrena

try:
    F.cross_entropy(probe(cache), labels).backward()  # (1)!
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.

loader = DataLoader(TensorDataset(cache, labels), batch_size=32, shuffle=True)
order = torch.randperm(256)
BATCHES = {  # la misma caché, leída en el entrenamiento de seis maneras
    "un corte, cache[:32]": lambda: cache[:32],
    "un trozo, cache.split(32)[0]": lambda: cache.split(32)[0],
    "el mismo dispositivo, cache.to('cpu')": lambda: cache.to("cpu"),
    "un índice, cache[order[:32]]": lambda: cache[order[:32]],  # (2)!
    "un lote de DataLoader": lambda: next(iter(loader))[0],
    "F.normalize(cache)": lambda: F.normalize(cache, dim=1),
}
for name, batch in BATCHES.items():
    features = batch()
    try:
        probe(features).sum().backward()
        result = "entrena"
    except RuntimeError as e:
        result = f"{type(e).__name__}: {str(e).split('.')[0]}"
    print(f"{name}: tensor de inferencia {features.is_inference()}, {result}")
    #> un corte, cache[:32]: tensor de inferencia True, RuntimeError: Inference tensors cannot be saved for backward
    #> un trozo, cache.split(32)[0]: tensor de inferencia True, RuntimeError: Inference tensors cannot be saved for backward
    #> el mismo dispositivo, cache.to('cpu'): tensor de inferencia True, RuntimeError: Inference tensors cannot be saved for backward
    #> un índice, cache[order[:32]]: tensor de inferencia False, entrena
    #> un lote de DataLoader: tensor de inferencia False, entrena
    #> F.normalize(cache): tensor de inferencia False, entrena

before = cache.clone()
try:
    cache -= cache.mean(0)  # (3)!
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to get a normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more details.
print("la caché cambió de todos modos:", not torch.equal(before, cache))
#> la caché cambió de todos modos: True
