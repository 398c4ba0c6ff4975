import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.Dropout(0.25),
                      nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 5))
images = torch.randn(16, 3, 32, 32)
bn = model[1]


def tta(x):
    """The class probabilities, averaged over the batch and three flips of it."""
    views = [x, x.flip(-1), x.flip(-2), x.flip(-2, -1)]
    return torch.stack([model(v).softmax(1) for v in views]).mean(0)


def mc_dropout(m):
    """eval(), then the dropout layers back in train mode: noise on purpose, frozen statistics."""
    m.eval()
    for layer in m.modules():
        if isinstance(layer, nn.Dropout):  # nn.Dropout only: not Dropout2d, AlphaDropout or attention's dropout
            layer.train()


results = {}
for name, setup in [("eval()", nn.Module.eval), ("train()", nn.Module.train),  # (1)!
                    ("eval(), dropout on", mc_dropout), ("eval() again", nn.Module.eval)]:
    setup(model)
    mean, batches = bn.running_mean.clone(), bn.num_batches_tracked.item()
    with torch.inference_mode():
        results[name] = first, second = tta(images), tta(images)
    print(f"{name}: the same TTA twice {torch.equal(first, second)}, "
          f"running_mean moved {not torch.equal(mean, bn.running_mean)}, "
          f"batches tracked +{bn.num_batches_tracked.item() - batches}")
    #> eval(): the same TTA twice True, running_mean moved False, batches tracked +0
    #> train(): the same TTA twice False, running_mean moved True, batches tracked +8
    #> eval(), dropout on: the same TTA twice False, running_mean moved False, batches tracked +0
    #> eval() again: the same TTA twice True, running_mean moved False, batches tracked +0
print("eval() predictions changed by the train() run:",
      not torch.equal(results["eval()"][0], results["eval() again"][0]))
#> eval() predictions changed by the train() run: True
