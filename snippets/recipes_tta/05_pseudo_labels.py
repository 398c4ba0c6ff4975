import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Dropout(0.1), nn.Linear(32, 4))
unlabeled = torch.randn(64, 8)


def tta(x):
    """The class probabilities, averaged over the batch and three noisy copies of it."""
    g = torch.Generator().manual_seed(1)  # the same copies on every call
    views = [x] + [x + 0.1 * torch.randn(x.shape, generator=g) for _ in range(3)]
    return torch.stack([model(v).softmax(1) for v in views]).mean(0)


def pseudo_labels(mode):
    """The model labels the unlabeled batch for its own next training steps."""
    model.eval()
    with mode():  # (1)!
        probs = tta(unlabeled)
        confidence, labels = probs.max(1)
        keep = confidence > 0.3  # a confidence threshold
    model.train()
    return {"probs": probs, "labels": labels, "keep": keep}


LOSSES = {  # the model's loss on the same batch against its own cached pseudo-labels (t)
    "cross_entropy, soft labels": lambda t: F.cross_entropy(model(unlabeled), t["probs"]),
    "mse_loss, probabilities": lambda t: F.mse_loss(model(unlabeled).softmax(1), t["probs"]),
    "cross_entropy, hard labels": lambda t: F.cross_entropy(model(unlabeled), t["labels"]),  # (2)!
    "confident ones only, [keep]": lambda t: F.cross_entropy(model(unlabeled)[t["keep"]], t["labels"][t["keep"]]),
}
for mode in [torch.inference_mode, torch.no_grad]:
    targets = pseudo_labels(mode)
    for name, loss in LOSSES.items():
        try:
            loss(targets).backward()
            result = "trains"
        except RuntimeError as e:
            result = f"{type(e).__name__}: {str(e).split('.')[0]}"
        print(f"{mode.__name__}, {name}: {result}")
        #> inference_mode, cross_entropy, soft labels: RuntimeError: Inference tensors cannot be saved for backward
        #> inference_mode, mse_loss, probabilities: RuntimeError: Inference tensors cannot be saved for backward
        #> inference_mode, cross_entropy, hard labels: RuntimeError: Inference tensors cannot be saved for backward
        #> inference_mode, confident ones only, [keep]: RuntimeError: Inference tensors cannot be saved for backward
        #> no_grad, cross_entropy, soft labels: trains
        #> no_grad, mse_loss, probabilities: trains
        #> no_grad, cross_entropy, hard labels: trains
        #> no_grad, confident ones only, [keep]: trains

targets = pseudo_labels(torch.inference_mode)
targets = {name: t.clone() for name, t in targets.items()}  # (3)!
for name, loss in LOSSES.items():
    loss(targets).backward()
print("inference_mode, then clone(): every loss trains")
#> inference_mode, then clone(): every loss trains
print(f"hard labels: {targets['labels'].dtype}, requires grad {targets['labels'].requires_grad}, "
      f"{targets['keep'].sum().item()} of {len(unlabeled)} kept")
#> hard labels: torch.int64, requires grad False, 43 of 64 kept
