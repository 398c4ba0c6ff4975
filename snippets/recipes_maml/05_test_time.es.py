import torch
import torch.nn.functional as F
from torch import nn
from torch.func import functional_call, grad

torch.manual_seed(0)
model = nn.Linear(1, 1)
params = dict(model.named_parameters())
inner_lr = 0.3


def task():
    """Una tarea de la familia y = a*x + b: 5 puntos de soporte y 5 de consulta."""
    a, b = torch.empty(2).uniform_(-2, 2)
    x = torch.randn(10, 1)
    y = a * x + b
    return x[:5], y[:5], x[5:], y[5:]


def loss(weights, x, y):
    return F.mse_loss(functional_call(model, weights, (x,)), y)


def adapt(weights, x, y, create_graph=False):
    """Un paso interno; create_graph=True solo durante el metaentrenamiento."""
    grads = torch.autograd.grad(loss(weights, x, y), list(weights.values()), create_graph=create_graph)
    return {name: w - inner_lr * g for (name, w), g in zip(weights.items(), grads)}


meta_opt = torch.optim.Adam(model.parameters(), lr=0.01)
for _ in range(100):  # metaentrenamiento, 4 tareas por metalote
    meta_opt.zero_grad()
    tasks = [task() for _ in range(4)]
    meta_loss = sum(loss(adapt(params, xs, ys, create_graph=True), xq, yq) for xs, ys, xq, yq in tasks) / 4
    meta_loss.backward()
    meta_opt.step()
meta_opt.zero_grad()

# Evaluación en una tarea nueva.
model.eval()  # cambia dropout y batch norm: este modelo no tiene ninguno
xs, ys, xq, yq = task()
for mode in [torch.no_grad, torch.inference_mode]:
    with mode():  # (1)!
        try:
            adapt(params, xs, ys)
        except RuntimeError as e:
            print(f"{mode.__name__}: {type(e).__name__}: {e}")
            #> no_grad: RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
            #> inference_mode: RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
with torch.inference_mode(), torch.enable_grad():  # (2)!
    try:
        adapt(params, xs, ys)
    except RuntimeError as e:
        print(f"inference_mode + enable_grad: {type(e).__name__}: {e}")
        #> inference_mode + enable_grad: RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn

with torch.no_grad():
    with torch.enable_grad():  # (3)!
        fast = adapt(params, xs, ys)
    before, after = loss(params, xq, yq), loss(fast, xq, yq)  # las predicciones sobre la consulta: sin grafo
print(f"pérdida de consulta: {before.item():.2f} antes de adaptar, {after.item():.2f} después; requiere gradiente {after.requires_grad}")
#> pérdida de consulta: 0.96 antes de adaptar, 0.19 después; requiere gradiente False
print("el .grad de los pesos, intacto:", all(p.grad is None for p in params.values()))
#> el .grad de los pesos, intacto: True

with torch.no_grad():
    g = grad(loss)(params, xs, ys)  # (4)!
print("torch.func.grad bajo no_grad, los mismos pesos adaptados:",
      all(torch.allclose(fast[n], params[n] - inner_lr * g[n]) for n in params))
#> torch.func.grad bajo no_grad, los mismos pesos adaptados: True

with torch.inference_mode():  # el bucle de evaluación de un Trainer de Lightning, por defecto
    batch = xs.clone(), ys.clone()  # creados dentro del modo, como un lote movido al dispositivo ahí
    with torch.inference_mode(False):  # (5)!
        fast_im = adapt(params, *(t.clone() for t in batch))
print("inference_mode(False) y entradas clonadas, los mismos pesos adaptados:",
      all(torch.allclose(fast_im[n], fast[n]) for n in params))
#> inference_mode(False) y entradas clonadas, los mismos pesos adaptados: True
