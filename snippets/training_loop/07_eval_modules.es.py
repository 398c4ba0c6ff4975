import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=4, hidden_size=4, num_layers=2, dropout=0.5)  # (1)!
x = torch.randn(5, 1, 4)

with torch.no_grad():
    print(torch.equal(lstm(x)[0], lstm(x)[0]))  # train(): otra máscara de dropout en cada llamada
    #> False
    lstm.eval()
    print(torch.equal(lstm(x)[0], lstm(x)[0]))
    #> True

block = nn.TransformerEncoderLayer(d_model=8, nhead=2)
block.eval()  # training=False en el bloque y en todos sus submódulos
print(sorted({type(m).__name__ for m in block.modules() if not m.training}))
#> ['Dropout', 'LayerNorm', 'Linear', 'MultiheadAttention', 'NonDynamicallyQuantizableLinear', 'TransformerEncoderLayer']
