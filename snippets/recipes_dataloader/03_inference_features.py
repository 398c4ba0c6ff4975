import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)
encoder = nn.Linear(4, 3).eval()  # a frozen feature extractor
images = torch.randn(8, 4)
head = nn.Linear(3, 1)  # the model being trained


class Features(Dataset):
    """Each sample is the encoder's output, computed in __getitem__ under `mode`."""

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
        return f"head(x) raises {type(e).__name__}: {e}"
    out.sum().backward()
    return "trains"


def first_batch(mode, batch_size, workers=0):
    fork = {"multiprocessing_context": "fork"} if workers else {}  # fork: Linux's default up to Python 3.13; Windows has no fork
    return next(iter(DataLoader(Features(mode), batch_size=batch_size, num_workers=workers, **fork)))


x = first_batch(torch.inference_mode, batch_size=None)  # no collation: each batch is one sample
print(f"batch_size=None: x.is_inference() {x.is_inference()};", train_step(x))
#> batch_size=None: x.is_inference() True; head(x) raises RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.
for label, x in [("batch_size=4", first_batch(torch.inference_mode, batch_size=4)),  # (2)!
                 ("batch_size=None, num_workers=2", first_batch(torch.inference_mode, None, workers=2))]:
    print(f"{label}: x.is_inference() {x.is_inference()};", train_step(x))
    #> batch_size=4: x.is_inference() False; trains
    #> batch_size=None, num_workers=2: x.is_inference() False; trains

# A batch made while the loop runs inside inference_mode is an inference tensor, whatever __getitem__ does.
with torch.inference_mode():
    x = first_batch(torch.no_grad, batch_size=4)
print(f"loop inside inference_mode: x.is_inference() {x.is_inference()};", train_step(x).split('. ')[0] + '. ...')
#> loop inside inference_mode: x.is_inference() True; head(x) raises RuntimeError: Inference tensors cannot be saved for backward. ...
print("the same batch, clone() outside inference_mode:", train_step(x.clone()))  # (3)!
#> the same batch, clone() outside inference_mode: trains
print(f"the same batch, to(torch.float64): is_inference() {x.to(torch.float64).is_inference()}")  # (4)!
#> the same batch, to(torch.float64): is_inference() False
frozen = nn.Linear(3, 3).requires_grad_(False)  # a frozen first layer: it saves nothing for backward
print("the same batch, a frozen layer before head:", train_step(frozen(x).relu()))  # (5)!
#> the same batch, a frozen layer before head: trains
try:
    x.sub_(x.mean())  # normalized in place in the training step
except RuntimeError as e:
    print(f"the same batch, x.sub_(x.mean()): {type(e).__name__}: {str(e).split('.')[0]}.")
    #> the same batch, x.sub_(x.mean()): RuntimeError: Inplace update to inference tensor outside InferenceMode is not allowed.

# The fix in the dataset: no_grad instead of inference_mode gives ordinary tensors,
# wherever the loop itself is not inside inference_mode.
x = first_batch(torch.no_grad, batch_size=None)
print(f"no_grad in __getitem__, batch_size=None: x.is_inference() {x.is_inference()};", train_step(x))
#> no_grad in __getitem__, batch_size=None: x.is_inference() False; trains
