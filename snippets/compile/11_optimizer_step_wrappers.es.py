import inspect

import torch

groups = {}
for name in torch.optim.__all__:
    cls = getattr(torch.optim, name)
    if not isinstance(cls, type) or not issubclass(cls, torch.optim.Optimizer):
        continue
    if cls is torch.optim.Optimizer:
        continue
    step = cls.step  # el envoltorio del decorador alrededor de la actualización
    ctx = inspect.getclosurevars(step).nonlocals.get("ctx_factory")  # lo fija @torch.no_grad()
    if ctx:
        wrapper = f"@torch.{type(ctx.__self__).__name__}()"
    else:  # el decorador que define el envoltorio
        wrapper = "@" + step.__code__.co_qualname.split(".")[0]
    breaks = "graph_break" in step.__code__.co_names
    groups.setdefault((wrapper, breaks), []).append(cls.__name__)

for (wrapper, breaks), names in sorted(groups.items()):
    print(f"{wrapper}, llama a graph_break(): {breaks}\n    {', '.join(names)}")
    #> @_use_grad_for_differentiable, llama a graph_break(): True
    #>     Adadelta, Adagrad, Adam, Adamax, AdamW, ASGD, NAdam, RAdam, RMSprop, Rprop, SGD
    #> @torch.no_grad(), llama a graph_break(): False
    #>     Adafactor, LBFGS, Muon, SparseAdam
