import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.Dropout(0.25),
                      nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 5)).eval()
images = torch.randn(16, 3, 32, 32)


def tta(x):
    """Las probabilidades de cada clase, promediadas sobre el lote y tres volteos suyos."""
    views = [x, x.flip(-1), x.flip(-2), x.flip(-2, -1)]
    return torch.stack([model(v).softmax(1) for v in views]).mean(0)


# Memoria que existe de todos modos: los pesos, los buffers y el lote de entrada.
existing = {t.untyped_storage().data_ptr() for t in [*model.state_dict().values(), images]}
predictions = {}
for name, mode in [("modo de gradientes", torch.enable_grad), ("no_grad", torch.no_grad),
                   ("inference_mode", torch.inference_mode)]:
    saved = []  # lo que autograd guarda para una pasada hacia atrás que la evaluación nunca ejecuta
    with saved_tensors_hooks(lambda t: saved.append(t) or t, lambda t: t):
        with mode():  # (1)!
            predictions[name] = tta(images)
    extra = {t.untyped_storage().data_ptr(): t.untyped_storage().nbytes()
             for t in saved if t.untyped_storage().data_ptr() not in existing}
    print(f"{name}: {len(saved)} tensores guardados, {sum(extra.values())} bytes de ellos nuevos")
    #> modo de gradientes: 48 tensores guardados, 4787456 bytes de ellos nuevos
    #> no_grad: 0 tensores guardados, 0 bytes de ellos nuevos
    #> inference_mode: 0 tensores guardados, 0 bytes de ellos nuevos
print("las mismas predicciones en todos los modos:",
      all(torch.equal(p, predictions["no_grad"]) for p in predictions.values()))
#> las mismas predicciones en todos los modos: True
print("tensor de inferencia:", predictions["inference_mode"].is_inference())
#> tensor de inferencia: True
