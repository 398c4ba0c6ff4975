import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
teacher = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 4)).eval()
student = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4))
x = torch.randn(32, 8)
T = 2.0  # la temperatura que suaviza las dos distribuciones


def teacher_targets():
    logits = teacher(x) / T
    return {"logits": logits, "probabilities": F.softmax(logits, dim=1), "log-probabilities": F.log_softmax(logits, dim=1)}


LOSSES = {  # la pérdida del estudiante contra los objetivos del profesor (t)
    "kl_div, probabilities": lambda t: F.kl_div(F.log_softmax(student(x) / T, dim=1), t["probabilities"],
                                                reduction="batchmean"),
    "kl_div, log_target=True": lambda t: F.kl_div(F.log_softmax(student(x) / T, dim=1), t["log-probabilities"],
                                                  reduction="batchmean", log_target=True),
    "cross_entropy, soft labels": lambda t: F.cross_entropy(student(x) / T, t["probabilities"]),
    "mse_loss, logits": lambda t: F.mse_loss(student(x) / T, t["logits"]),
}

for mode in [torch.no_grad, torch.inference_mode]:
    with mode():  # (1)!
        targets = teacher_targets()  # se calculan una vez: una caché conservada entre épocas es el mismo caso
    for name, loss in LOSSES.items():
        try:
            loss(targets).backward()
            result = "entrena"
        except RuntimeError as e:
            result = f"{type(e).__name__}: {str(e)[:48]}..."
        print(f"{mode.__name__}, {name}: {result}")
        #> no_grad, kl_div, probabilities: entrena
        #> no_grad, kl_div, log_target=True: entrena
        #> no_grad, cross_entropy, soft labels: entrena
        #> no_grad, mse_loss, logits: entrena
        #> inference_mode, kl_div, probabilities: RuntimeError: Inference tensors cannot be saved for backward. ...
        #> inference_mode, kl_div, log_target=True: entrena
        #> inference_mode, cross_entropy, soft labels: RuntimeError: Inference tensors cannot be saved for backward. ...
        #> inference_mode, mse_loss, logits: RuntimeError: Inference tensors cannot be saved for backward. ...

# Creados bajo inference_mode y clonados fuera: tensores corrientes, que una pérdida puede guardar.
with torch.inference_mode():
    targets = teacher_targets()
targets = {name: t.clone() for name, t in targets.items()}  # (2)!
print("el clon es un tensor de inferencia:", targets["probabilities"].is_inference())
#> el clon es un tensor de inferencia: False
LOSSES["kl_div, probabilities"](targets).backward()
print("inference_mode, luego clone(), kl_div, probabilities: entrena")
#> inference_mode, luego clone(), kl_div, probabilities: entrena
