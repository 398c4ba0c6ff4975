import torch
import torch.nn.functional as F
from torch import nn

graphs = []


def counting_backend(gm, example_inputs):
    calls = [node for node in gm.graph.nodes if node.op in ("call_function", "call_method")]
    graphs.append([node.target if isinstance(node.target, str) else node.target.__name__ for node in calls])
    return gm.forward


def train(step_fn, model, steps=3):
    torch.manual_seed(0)
    x, y = torch.randn(8, 4), torch.randn(8, 1)
    for _ in range(steps):
        loss = step_fn(model, x, y)
    return round(loss.item(), 4)


def train_step(model, x, y):
    loss = F.mse_loss(model(x), y)
    loss.backward()  # (1)!
    with torch.no_grad():  # (2)!
        for p in model.parameters():
            p.sub_(0.1 * p.grad)
            p.grad = None
    return loss


torch.manual_seed(1)
eager_model, compiled_model = nn.Linear(4, 1), nn.Linear(4, 1)
compiled_model.load_state_dict(eager_model.state_dict())
compiled_step = torch.compile(train_step, backend=counting_backend)
print("pérdida tras 3 pasos, eager:", train(train_step, eager_model), "compilado:", train(compiled_step, compiled_model))
#> pérdida tras 3 pasos, eager: 0.6777 compilado: 0.6777
print("grafos:", len(graphs))
#> grafos: 2
for ops in graphs:
    print(ops)
    #> ['linear', 'mse_loss']
    #> ['_set_grad_enabled', 'mul', 'sub_', 'mul', 'sub_', '_set_grad_enabled']


def train_step_isub(model, x, y):  # la misma actualización escrita con -=
    loss = F.mse_loss(model(x), y)
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= 0.1 * p.grad
            p.grad = None
    return loss


torch.manual_seed(1)
eager_model, compiled_model = nn.Linear(4, 1), nn.Linear(4, 1)
compiled_model.load_state_dict(eager_model.state_dict())
compiled_isub = torch.compile(train_step_isub, backend="eager")
print("con -=, eager:", train(train_step_isub, eager_model), "compilado:", train(compiled_isub, compiled_model))  # (3)!
#> con -=, eager: 0.6777 compilado: 0.5993
print("p.grad es None tras un paso compilado:", compiled_model.weight.grad is None)
#> p.grad es None tras un paso compilado: False


@torch.compile(backend=counting_backend, fullgraph=True)  # no se permite ningún corte del grafo
def strict_step(model, x, y):
    loss = F.mse_loss(model(x), y)
    loss.backward()
    return loss


try:
    strict_step(eager_model, torch.randn(8, 4), torch.randn(8, 1))
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e).splitlines()[0]}")  # (4)!
    #> Unsupported: Unsupported Tensor.backward() call
