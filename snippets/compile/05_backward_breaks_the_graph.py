import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
graphs = []


def counting_backend(gm, example_inputs):
    graphs.append([node.target.__name__ for node in gm.graph.nodes if node.op == "call_function"])
    return gm.forward


model = nn.Linear(4, 1)
x, y = torch.randn(8, 4), torch.randn(8, 1)


@torch.compile(backend=counting_backend)
def train_step(x, y):
    loss = F.mse_loss(model(x), y)
    loss.backward()  # (1)!
    with torch.no_grad():  # (2)!
        for p in model.parameters():
            p -= 0.1 * p.grad
            p.grad = None
    return loss


for _ in range(3):
    loss = train_step(x, y)
print(f"loss after 3 steps: {loss.item():.4f}, graphs: {len(graphs)}")
#> loss after 3 steps: 1.8918, graphs: 2
for ops in graphs:
    print(ops)
    #> ['linear', 'mse_loss']
    #> ['_set_grad_enabled', 'mul', 'isub', 'mul', 'isub', '_set_grad_enabled']


@torch.compile(backend=counting_backend, fullgraph=True)  # no graph break allowed
def strict_step(x, y):
    loss = F.mse_loss(model(x), y)
    loss.backward()
    return loss


try:
    strict_step(x, y)
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[0]}")  # (3)!
    #> Unsupported: Unsupported Tensor.backward() call
