import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Dropout(0.1), nn.Linear(32, 4))
unlabeled = torch.randn(64, 8)


def tta(x):
    """Las probabilidades de cada clase, promediadas sobre el lote y tres copias suyas con ruido."""
    g = torch.Generator().manual_seed(1)  # las mismas copias en cada llamada
    views = [x] + [x + 0.1 * torch.randn(x.shape, generator=g) for _ in range(3)]
    return torch.stack([model(v).softmax(1) for v in views]).mean(0)


def pseudo_labels(mode):
    """El modelo etiqueta el lote sin etiquetas para sus propios pasos de entrenamiento."""
    model.eval()
    with mode():  # (1)!
        probs = tta(unlabeled)
        confidence, labels = probs.max(1)
        keep = confidence > 0.3  # un umbral de confianza
    model.train()
    return {"probs": probs, "labels": labels, "keep": keep}


LOSSES = {  # la pérdida del modelo en el mismo lote contra sus propias pseudoetiquetas en caché (t)
    "cross_entropy, etiquetas blandas": lambda t: F.cross_entropy(model(unlabeled), t["probs"]),
    "mse_loss, probabilidades": lambda t: F.mse_loss(model(unlabeled).softmax(1), t["probs"]),
    "cross_entropy, etiquetas duras": lambda t: F.cross_entropy(model(unlabeled), t["labels"]),  # (2)!
    "solo las seguras, [keep]": lambda t: F.cross_entropy(model(unlabeled)[t["keep"]], t["labels"][t["keep"]]),
}
for mode in [torch.inference_mode, torch.no_grad]:
    targets = pseudo_labels(mode)
    for name, loss in LOSSES.items():
        try:
            loss(targets).backward()
            result = "entrena"
        except RuntimeError as e:
            result = f"{type(e).__name__}: {str(e).split('.')[0]}"
        print(f"{mode.__name__}, {name}: {result}")
        #> inference_mode, cross_entropy, etiquetas blandas: RuntimeError: Inference tensors cannot be saved for backward
        #> inference_mode, mse_loss, probabilidades: RuntimeError: Inference tensors cannot be saved for backward
        #> inference_mode, cross_entropy, etiquetas duras: RuntimeError: Inference tensors cannot be saved for backward
        #> inference_mode, solo las seguras, [keep]: RuntimeError: Inference tensors cannot be saved for backward
        #> no_grad, cross_entropy, etiquetas blandas: entrena
        #> no_grad, mse_loss, probabilidades: entrena
        #> no_grad, cross_entropy, etiquetas duras: entrena
        #> no_grad, solo las seguras, [keep]: entrena

targets = pseudo_labels(torch.inference_mode)
targets = {name: t.clone() for name, t in targets.items()}  # (3)!
for name, loss in LOSSES.items():
    loss(targets).backward()
print("inference_mode, luego clone(): todas las pérdidas entrenan")
#> inference_mode, luego clone(): todas las pérdidas entrenan
print(f"etiquetas duras: {targets['labels'].dtype}, requieren gradiente {targets['labels'].requires_grad}, "
      f"{targets['keep'].sum().item()} de {len(unlabeled)} conservadas")
#> etiquetas duras: torch.int64, requieren gradiente False, 43 de 64 conservadas
