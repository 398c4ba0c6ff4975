import torch
from torch.utils.data import DataLoader, Dataset, default_collate


class Probe(Dataset):
    """Four samples; each records the modes its __getitem__ ran in."""

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return {"x": torch.full((2,), float(i)),
                "grad": torch.is_grad_enabled(), "inference": torch.is_inference_mode_enabled()}


def collate(samples):
    batch = default_collate(samples)  # torch.stack for "x", a bool tensor for each flag
    batch["collate"] = (torch.is_grad_enabled(), torch.is_inference_mode_enabled())
    return batch


def report(batch):
    getitem = (batch["grad"].all().item(), batch["inference"].all().item())
    return f"__getitem__ {getitem}, collate_fn {batch['collate']}, x.is_inference() {batch['x'].is_inference()}"


loader = DataLoader(Probe(), batch_size=2, collate_fn=collate)  # num_workers=0: no worker process
print("the loop inside each mode; (grad enabled, inference mode enabled) as each function saw them")
#> the loop inside each mode; (grad enabled, inference mode enabled) as each function saw them
for mode in [torch.enable_grad, torch.no_grad, torch.inference_mode]:
    with mode():
        for batch in loader:  # (1)!
            pass
    print(f"{mode.__name__}: {report(batch)}")
    #> enable_grad: __getitem__ (True, False), collate_fn (True, False), x.is_inference() False
    #> no_grad: __getitem__ (False, False), collate_fn (False, False), x.is_inference() False
    #> inference_mode: __getitem__ (False, True), collate_fn (False, True), x.is_inference() True

# What counts is the mode at each next(), not the mode where the iterator was made.
with torch.no_grad():
    batches = iter(loader)
first = next(batches)  # (2)!
with torch.no_grad():
    second = next(batches)
print(f"iterator made inside no_grad, first batch taken outside: {report(first)}")
#> iterator made inside no_grad, first batch taken outside: __getitem__ (True, False), collate_fn (True, False), x.is_inference() False
print(f"second batch taken inside no_grad: {report(second)}")
#> second batch taken inside no_grad: __getitem__ (False, False), collate_fn (False, False), x.is_inference() False
