import copy

import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(256, 8)
y = (x[:, 0] + x[:, 1] > 0).long()  # una regla que se puede aprender
train_x, train_y, val_x, val_y = x[:192], y[:192], x[192:], y[192:]

model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Dropout(0.1), nn.Linear(32, 2))
ema = copy.deepcopy(model).requires_grad_(False).eval()  # solo se evalúa
opt = torch.optim.SGD(model.parameters(), lr=0.5)
loss_fn = nn.CrossEntropyLoss()

for epoch in range(3):
    model.train()
    total = 0.0
    for batch in torch.split(torch.randperm(192), 32):
        loss = loss_fn(model(train_x[batch]), train_y[batch])  # (1)!
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # (2)!
        opt.step()  # (3)!
        with torch.no_grad():  # (4)!
            for e, p in zip(ema.parameters(), model.parameters()):
                e.lerp_(p, 0.1)
        total += loss.item()  # (5)!

    model.eval()  # (6)!
    with torch.no_grad():
        logits = model(val_x)
        val_loss = loss_fn(logits, val_y).item()
        accuracy = (logits.argmax(1) == val_y).float().mean().item()
        ema_accuracy = (ema(val_x).argmax(1) == val_y).float().mean().item()
    print(f"época {epoch}: entrenamiento {total / 6:.3f}, validación {val_loss:.3f}, "
          f"exactitud {accuracy:.2f}, EMA {ema_accuracy:.2f}")
    #> época 0: entrenamiento 0.622, validación 0.458, exactitud 0.89, EMA 0.69
    #> época 1: entrenamiento 0.391, validación 0.296, exactitud 0.94, EMA 0.91
    #> época 2: entrenamiento 0.267, validación 0.213, exactitud 0.92, EMA 0.94
