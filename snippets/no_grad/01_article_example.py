# The original article's example, as written.
import torch

x = torch.randn(10, 10)  # (1)!
y = x**2 + 3 * x + 1

with torch.no_grad():
    y_no_grad = x**2 + 3 * x + 1

print("with grad tracking:", y.requires_grad)  # the article says True
#> with grad tracking: False
print("without grad tracking:", y_no_grad.requires_grad)
#> without grad tracking: False
