import torch
from torch.utils.data import DataLoader, Dataset, default_collate


class Probe(Dataset):
    """Cuatro muestras; cada una anota los modos en que se ejecutó su __getitem__."""

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return {"x": torch.full((2,), float(i)),
                "grad": torch.is_grad_enabled(), "inference": torch.is_inference_mode_enabled()}


def collate(samples):
    batch = default_collate(samples)  # torch.stack para "x", un tensor booleano para cada indicador
    batch["collate"] = (torch.is_grad_enabled(), torch.is_inference_mode_enabled())
    return batch


def report(batch):
    getitem = (batch["grad"].all().item(), batch["inference"].all().item())
    return f"__getitem__ {getitem}, collate_fn {batch['collate']}, x.is_inference() {batch['x'].is_inference()}"


loader = DataLoader(Probe(), batch_size=2, collate_fn=collate)  # num_workers=0: ningún proceso worker
print("el bucle dentro de cada modo; (gradientes activados, modo de inferencia activado) según los vio cada función")
#> el bucle dentro de cada modo; (gradientes activados, modo de inferencia activado) según los vio cada función
for mode in [torch.enable_grad, torch.no_grad, torch.inference_mode]:
    with mode():
        for batch in loader:  # (1)!
            pass
    print(f"{mode.__name__}: {report(batch)}")
    #> enable_grad: __getitem__ (True, False), collate_fn (True, False), x.is_inference() False
    #> no_grad: __getitem__ (False, False), collate_fn (False, False), x.is_inference() False
    #> inference_mode: __getitem__ (False, True), collate_fn (False, True), x.is_inference() True

# Lo que cuenta es el modo en cada next(), no el modo en que se creó el iterador.
with torch.no_grad():
    batches = iter(loader)
first = next(batches)  # (2)!
with torch.no_grad():
    second = next(batches)
print(f"iterador creado dentro de no_grad, primer lote tomado fuera: {report(first)}")
#> iterador creado dentro de no_grad, primer lote tomado fuera: __getitem__ (True, False), collate_fn (True, False), x.is_inference() False
print(f"segundo lote tomado dentro de no_grad: {report(second)}")
#> segundo lote tomado dentro de no_grad: __getitem__ (False, False), collate_fn (False, False), x.is_inference() False
