import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
x, y = torch.randn(8, 4), torch.randn(8, 1)
loss_fn = nn.MSELoss()


def accumulated_grad(chunks, weights, zero_each=False):
    model.zero_grad()
    for (xs, ys), w in zip(chunks, weights):
        if zero_each:
            model.zero_grad()  # the mistake
        (loss_fn(model(xs), ys) * w).backward()
    return model.weight.grad.clone()


big = accumulated_grad([(x, y)], [1.0])  # the whole batch at once
micro = list(zip(x.split(2), y.split(2)))  # k = 4 micro-batches
k = len(micro)

right = accumulated_grad(micro, [1 / k] * k)
print("scaled by 1/k:", torch.allclose(right, big))
#> scaled by 1/k: True
unscaled = accumulated_grad(micro, [1.0] * k)
print("not scaled:", torch.allclose(unscaled, big), "| ratio:", round((unscaled / big).mean().item(), 3))
#> not scaled: False | ratio: 4.0
zeroed = accumulated_grad(micro, [1 / k] * k, zero_each=True)
print("zeroed every micro-batch:", torch.allclose(zeroed, big))
#> zeroed every micro-batch: False
last_only = accumulated_grad(micro[-1:], [1 / k])
print("equals the last micro-batch alone:", torch.allclose(zeroed, last_only))
#> equals the last micro-batch alone: True

# Unequal micro-batches (3 + 3 + 2): 1/k no longer fits
uneven = list(zip(x.split(3), y.split(3)))
print("uneven, 1/k:", torch.allclose(accumulated_grad(uneven, [1 / 3] * 3), big))
#> uneven, 1/k: False
by_size = [len(xs) / len(x) for xs, _ in uneven]
print("uneven, by size:", torch.allclose(accumulated_grad(uneven, by_size), big))
#> uneven, by size: True
