import warnings

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True)
encoder = nn.TransformerEncoder(layer, num_layers=1)
x = torch.randn(2, 3, 8)
padding = torch.tensor([[False, False, True], [False, False, False]])  # 1.ª secuencia: 2 tokens + 1 de relleno


def run(mode, training):
    encoder.train(training)
    with mode():
        out = encoder(x, src_key_padding_mask=padding)
    return out, bool((out[0, 2] == 0).all())


with warnings.catch_warnings(record=True) as caught:  # la vía rápida avisa una vez, mira abajo
    warnings.simplefilter("always")
    out_grad, zeros_grad = run(torch.enable_grad, training=False)
    out_no_grad, zeros_no_grad = run(torch.no_grad, training=False)
    _, zeros_train = run(torch.no_grad, training=True)
    encoder.requires_grad_(False)  # ya nada requiere gradientes
    _, zeros_frozen = run(torch.enable_grad, training=False)

print("posición de relleno toda a ceros:")
#> posición de relleno toda a ceros:
print(f"  eval, modo de gradientes: {zeros_grad}; eval, no_grad: {zeros_no_grad}")
#>   eval, modo de gradientes: False; eval, no_grad: True
print(f"  train, no_grad: {zeros_train}; eval, modo de gradientes, congelado: {zeros_frozen}")
#>   train, no_grad: False; eval, modo de gradientes, congelado: True
real = ~padding
print("las posiciones reales coinciden:", torch.allclose(out_grad[real], out_no_grad[real], atol=1e-5))
#> las posiciones reales coinciden: True
print("avisó sobre tensores anidados:", any("nested tensors" in str(w.message) for w in caught))
#> avisó sobre tensores anidados: True
