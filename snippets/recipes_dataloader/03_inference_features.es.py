import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)
encoder = nn.Linear(4, 3).eval()  # un extractor de características congelado
images = torch.randn(8, 4)
head = nn.Linear(3, 1)  # el modelo que se entrena


class Features(Dataset):
    """Cada muestra es la salida de encoder, calculada en __getitem__ bajo `mode`."""

    def __init__(self, mode):
        self.mode = mode

    def __len__(self):
        return len(images)

    def __getitem__(self, i):
        with self.mode():
            return encoder(images[i])


def train_step(x):
    try:
        out = head(x)  # (1)!
    except RuntimeError as e:
        return f"head(x) lanza {type(e).__name__}: {e}"
    out.sum().backward()
    return "entrena"


def first_batch(mode, batch_size, workers=0):
    fork = {"multiprocessing_context": "fork"} if workers else {}  # fork: el predeterminado en Linux hasta Python 3.13; Windows no tiene fork
    return next(iter(DataLoader(Features(mode), batch_size=batch_size, num_workers=workers, **fork)))


x = first_batch(torch.inference_mode, batch_size=None)  # sin agrupar en lotes: cada lote es una muestra
print(f"batch_size=None: x.is_inference() {x.is_inference()};", train_step(x))
#> batch_size=None: x.is_inference() True; head(x) lanza RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.
for label, x in [("batch_size=4", first_batch(torch.inference_mode, batch_size=4)),  # (2)!
                 ("batch_size=None, num_workers=2", first_batch(torch.inference_mode, None, workers=2))]:
    print(f"{label}: x.is_inference() {x.is_inference()};", train_step(x))
    #> batch_size=4: x.is_inference() False; entrena
    #> batch_size=None, num_workers=2: x.is_inference() False; entrena

# Un lote creado mientras el bucle se ejecuta dentro de inference_mode es un tensor de inferencia, haga lo que haga __getitem__.
with torch.inference_mode():
    x = first_batch(torch.no_grad, batch_size=4)
print(f"bucle dentro de inference_mode: x.is_inference() {x.is_inference()};", train_step(x).split('. ')[0] + '. ...')
#> bucle dentro de inference_mode: x.is_inference() True; head(x) lanza RuntimeError: Inference tensors cannot be saved for backward. ...
print("el mismo lote, con clone() fuera de inference_mode:", train_step(x.clone()))  # (3)!
#> el mismo lote, con clone() fuera de inference_mode: entrena
print(f"el mismo lote, con to(torch.float64): is_inference() {x.to(torch.float64).is_inference()}")  # (4)!
#> el mismo lote, con to(torch.float64): is_inference() False
frozen = nn.Linear(3, 3).requires_grad_(False)  # una primera capa congelada: no guarda nada para la pasada hacia atrás
print("el mismo lote, con una capa congelada antes de head:", train_step(frozen(x).relu()))  # (5)!
#> el mismo lote, con una capa congelada antes de head: entrena
try:
    x.sub_(x.mean())  # normalizado in-place en el paso de entrenamiento
except RuntimeError as e:
    print(f"el mismo lote, con x.sub_(x.mean()): {type(e).__name__}: {str(e).split('.')[0]}.")
    #> el mismo lote, con x.sub_(x.mean()): RuntimeError: Inplace update to inference tensor outside InferenceMode is not allowed.

# La solución en el dataset: no_grad en lugar de inference_mode da tensores normales
# siempre que el propio bucle no esté dentro de inference_mode.
x = first_batch(torch.no_grad, batch_size=None)
print(f"no_grad en __getitem__, batch_size=None: x.is_inference() {x.is_inference()};", train_step(x))
#> no_grad en __getitem__, batch_size=None: x.is_inference() False; entrena
