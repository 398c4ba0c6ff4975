import torch

with torch.inference_mode():
    counts = torch.zeros(3)

for context in [torch.enable_grad, torch.no_grad]:
    try:
        with context():
            counts.add_(1)
    except RuntimeError as e:
        print(f"{context.__name__}: {type(e).__name__}: {e}")
        #> enable_grad: RuntimeError: Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to get a normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more details.
        #> no_grad: RuntimeError: Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to get a normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more details.

with torch.inference_mode():
    counts.add_(1)  # in-place dentro del modo: permitido
print(counts)
#> tensor([3., 3., 3.])
