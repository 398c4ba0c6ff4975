import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.Dropout(0.25),
                      nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 5)).eval()
images = torch.randn(16, 3, 32, 32)


def tta(x):
    """The class probabilities, averaged over the batch and three flips of it."""
    views = [x, x.flip(-1), x.flip(-2), x.flip(-2, -1)]
    return torch.stack([model(v).softmax(1) for v in views]).mean(0)


# Memory that exists anyway: the weights, the buffers and the input batch.
existing = {t.untyped_storage().data_ptr() for t in [*model.state_dict().values(), images]}
predictions = {}
for name, mode in [("grad mode", torch.enable_grad), ("no_grad", torch.no_grad),
                   ("inference_mode", torch.inference_mode)]:
    saved = []  # what autograd keeps for a backward pass that evaluation never runs
    with saved_tensors_hooks(lambda t: saved.append(t) or t, lambda t: t):
        with mode():  # (1)!
            predictions[name] = tta(images)
    extra = {t.untyped_storage().data_ptr(): t.untyped_storage().nbytes()
             for t in saved if t.untyped_storage().data_ptr() not in existing}
    print(f"{name}: {len(saved)} saved tensors, {sum(extra.values())} bytes of them new")
    #> grad mode: 48 saved tensors, 4787456 bytes of them new
    #> no_grad: 0 saved tensors, 0 bytes of them new
    #> inference_mode: 0 saved tensors, 0 bytes of them new
print("the same predictions in every mode:",
      all(torch.equal(p, predictions["no_grad"]) for p in predictions.values()))
#> the same predictions in every mode: True
print("inference tensor:", predictions["inference_mode"].is_inference())
#> inference tensor: True
