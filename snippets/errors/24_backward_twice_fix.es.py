import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(2, 3, batch_first=True)
opt = torch.optim.SGD(rnn.parameters(), lr=0.1)
batches = torch.randn(3, 1, 4, 2)

hidden = torch.zeros(1, 1, 3)
for step, x in enumerate(batches):
    hidden = hidden.detach()  # conserva los valores, suelta el grafo anterior
    out, hidden = rnn(x, hidden)
    opt.zero_grad()
    loss = out.pow(2).mean()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
    #> 0 0.2892
    #> 1 0.222
    #> 2 0.3019

# retain_graph=True: solo cuando dos pasadas hacia atrás comparten de verdad un grafo
w = torch.tensor([3.0], requires_grad=True)
h = w ** 2  # la parte compartida
loss_a, loss_b = h * 2, h * 3
loss_a.backward(retain_graph=True)  # conserva los tensores guardados de h para la siguiente pasada hacia atrás
loss_b.backward()
print(w.grad)  # (2 + 3) * 2w
#> tensor([30.])
