# El ejemplo del artículo original, tal como se escribió.
import torch

x = torch.randn(10, 10)  # (1)!
y = x**2 + 3 * x + 1

with torch.no_grad():
    y_no_grad = x**2 + 3 * x + 1

print("con registro de gradientes:", y.requires_grad)  # el artículo dice True
#> con registro de gradientes: False
print("sin registro de gradientes:", y_no_grad.requires_grad)
#> sin registro de gradientes: False
