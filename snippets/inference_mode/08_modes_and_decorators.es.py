import torch


@torch.inference_mode  # decorador sin paréntesis
def embed(x):
    return x * 2


@torch.inference_mode(False)  # lo apaga para esta función
def train_step(x):
    return torch.is_inference_mode_enabled()


x = torch.ones(2)
print(embed(x).is_inference())
#> True

with torch.inference_mode():
    print(train_step(x))
    #> False
    with torch.inference_mode(mode=False):
        print(torch.is_inference_mode_enabled(), (x * 2).is_inference())
        #> False False
