import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks


class LoRALinear(nn.Module):
    def __init__(self, base, r=4, alpha=8, dropout=0.1):
        super().__init__()
        self.base = base.requires_grad_(False)
        self.A = nn.Parameter(torch.randn(r, base.in_features) / r**0.5)
        self.B = nn.Parameter(torch.randn(base.out_features, r))  # como si el adaptador ya se hubiera entrenado
        self.scale = alpha / r
        self.dropout = nn.Dropout(dropout)  # solo en la entrada del adaptador, como en las capas LoRA de PEFT
        self.merged = False

    def forward(self, x):
        out = self.base(x)
        return out if self.merged else out + self.dropout(x) @ self.A.T @ self.B.T * self.scale

    @torch.no_grad()  # (1)!
    def merge(self):
        if self.merged:  # una segunda llamada sumaría la actualización dos veces
            return
        self.base.weight.add_(self.B @ self.A * self.scale)
        self.merged = True

    @torch.no_grad()
    def unmerge(self):
        if not self.merged:
            return
        self.base.weight.sub_(self.B @ self.A * self.scale)
        self.merged = False


def saves(layer, x):
    """Cuántos tensores guarda para la pasada hacia atrás una pasada hacia adelante en modo de gradientes."""
    saved = []
    with saved_tensors_hooks(lambda t: saved.append(t.shape) or t.detach(), lambda t: t):
        layer(x)
    return len(saved)


torch.manual_seed(0)
layer = LoRALinear(nn.Linear(16, 16))
original = layer.base.weight.clone()
x = torch.randn(4, 16)
with torch.no_grad():
    print("modo de entrenamiento, dos pasadas coinciden:", torch.equal(layer(x), layer(x)))  # (2)!
    #> modo de entrenamiento, dos pasadas coinciden: False
    layer.eval()
    expected = layer(x)
    print("modo de evaluación, dos pasadas coinciden:", torch.equal(layer(x), expected))
    #> modo de evaluación, dos pasadas coinciden: True

print(f"sin fusionar, modo de gradientes: {saves(layer, x)} tensores guardados, la salida requiere gradiente {layer(x).requires_grad}")  # (3)!
#> sin fusionar, modo de gradientes: 3 tensores guardados, la salida requiere gradiente True
layer.merge()
layer.merge()  # la guarda: no pasa nada
print(f"fusionado, modo de gradientes: {saves(layer, x)} tensores guardados, la salida requiere gradiente {layer(x).requires_grad}")
#> fusionado, modo de gradientes: 0 tensores guardados, la salida requiere gradiente False
print("la salida fusionada coincide con la del modo de evaluación:", torch.allclose(layer(x), expected, atol=1e-6))
#> la salida fusionada coincide con la del modo de evaluación: True

layer.unmerge()
layer.train()  # se vuelve a entrenar el adaptador
w = layer.base.weight
print(f"tras deshacer la fusión: hoja {w.is_leaf}, igual al original {torch.equal(w, original)}, cercano {torch.allclose(w, original, atol=1e-6)}")  # (4)!
#> tras deshacer la fusión: hoja True, igual al original False, cercano True

# Los pesos de 16 bits redondean mucho más: un peso a escala de preentrenado y una actualización pequeña.
torch.manual_seed(0)
for dtype in [torch.float32, torch.float16, torch.bfloat16]:
    W = (torch.randn(256, 256) * 0.02).to(dtype)
    D = (torch.randn(256, 8) * 1e-3 @ torch.randn(8, 256)).to(dtype)
    merged = W + D
    lost = ((merged == W) & (D != 0)).float().mean().item()
    drift = ((merged - D).float() - W.float()).abs().max().item()
    print(f"{dtype}: entradas de la actualización perdidas al fusionar {lost:.1%}, mayor error al deshacer la fusión {drift:.1e}")
    #> torch.float32: entradas de la actualización perdidas al fusionar 0.0%, mayor error al deshacer la fusión 7.5e-09
    #> torch.float16: entradas de la actualización perdidas al fusionar 0.2%, mayor error al deshacer la fusión 6.1e-05
    #> torch.bfloat16: entradas de la actualización perdidas al fusionar 1.4%, mayor error al deshacer la fusión 4.9e-04
