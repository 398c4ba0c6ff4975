import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.Dropout(0.25),
                      nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 5))
images = torch.randn(16, 3, 32, 32)
bn = model[1]


def tta(x):
    """Las probabilidades de cada clase, promediadas sobre el lote y tres volteos suyos."""
    views = [x, x.flip(-1), x.flip(-2), x.flip(-2, -1)]
    return torch.stack([model(v).softmax(1) for v in views]).mean(0)


def mc_dropout(m):
    """eval() y después las capas de dropout otra vez en modo train: ruido a propósito, estadísticas fijas."""
    m.eval()
    for layer in m.modules():
        if isinstance(layer, nn.Dropout):  # solo nn.Dropout: ni Dropout2d, ni AlphaDropout, ni el de la atención
            layer.train()


results = {}
for name, setup in [("eval()", nn.Module.eval), ("train()", nn.Module.train),  # (1)!
                    ("eval(), dropout activo", mc_dropout), ("eval() otra vez", nn.Module.eval)]:
    setup(model)
    mean, batches = bn.running_mean.clone(), bn.num_batches_tracked.item()
    with torch.inference_mode():
        results[name] = first, second = tta(images), tta(images)
    print(f"{name}: el mismo TTA dos veces {torch.equal(first, second)}, "
          f"running_mean cambió {not torch.equal(mean, bn.running_mean)}, "
          f"lotes contados +{bn.num_batches_tracked.item() - batches}")
    #> eval(): el mismo TTA dos veces True, running_mean cambió False, lotes contados +0
    #> train(): el mismo TTA dos veces False, running_mean cambió True, lotes contados +8
    #> eval(), dropout activo: el mismo TTA dos veces False, running_mean cambió False, lotes contados +0
    #> eval() otra vez: el mismo TTA dos veces True, running_mean cambió False, lotes contados +0
print("predicciones de eval() cambiadas por la ejecución en train():",
      not torch.equal(results["eval()"][0], results["eval() otra vez"][0]))
#> predicciones de eval() cambiadas por la ejecución en train(): True
