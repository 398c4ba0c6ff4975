import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(2, 3, batch_first=True)
opt = torch.optim.SGD(rnn.parameters(), lr=0.1)
batches = torch.randn(3, 1, 4, 2)

hidden = torch.zeros(1, 1, 3)
try:
    for step, x in enumerate(batches):
        out, hidden = rnn(x, hidden)  # hidden arrastra el grafo del lote anterior
        opt.zero_grad()
        out.pow(2).mean().backward()
        opt.step()
except RuntimeError as e:
    print(f"paso {step}: {type(e).__name__}: {e}")
    #> paso 1: RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.

hidden = torch.zeros(1, 1, 3)
try:
    for step, x in enumerate(batches):
        out, hidden = rnn(x, hidden)
        opt.zero_grad()
        out.pow(2).mean().backward(retain_graph=True)  # aquí no es la solución
        opt.step()
except RuntimeError as e:
    print(f"paso {step}: {type(e).__name__}: {e}")
    #> paso 1: RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3, 3]], which is output 0 of AsStrided, is at version 3; expected version 2 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
