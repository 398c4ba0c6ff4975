import torch

x = torch.ones(2, requires_grad=True)

with torch.no_grad():
    a = x * 2
    with torch.enable_grad():
        b = x * 2
        with torch.no_grad():
            c = x * 2
        d = x * 2
    e = x * 2

for name, t in zip("abcde", [a, b, c, d, e]):
    print(name, t.requires_grad)
    #> a False
    #> b True
    #> c False
    #> d True
    #> e False

b.sum().backward()  # b se creó con el registro encendido: backward() funciona
print(x.grad)
#> tensor([2., 2.])
