from concurrent.futures import ThreadPoolExecutor

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
x = torch.randn(1, 4)


@torch.inference_mode()
def predict(x):
    return model(x)


with ThreadPoolExecutor(max_workers=1) as pool:
    out = pool.submit(predict, x).result()  # an inference tensor, made in another thread
print("output is an inference tensor:", out.is_inference())
#> output is an inference tensor: True

w = torch.ones(2, requires_grad=True)  # later, in training
(out + w).sum().backward()  # (1)!
print("out + w, backward done, w.grad:", w.grad.tolist())
#> out + w, backward done, w.grad: [1.0, 1.0]
try:
    out * w  # the gradient of w needs out: autograd must save it
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.

normal = out.clone()  # outside inference_mode
print("clone is an inference tensor:", normal.is_inference())
#> clone is an inference tensor: False
print("clone * w requires grad:", (normal * w).requires_grad)
#> clone * w requires grad: True

# Writing in place is another limit, autograd or not
try:
    out.add_(1)  # in-place, outside inference_mode
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to get a normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more details.
with torch.no_grad():
    try:
        out.add_(1)
    except RuntimeError as e:
        print("under no_grad too:", type(e).__name__)
        #> under no_grad too: RuntimeError
with torch.inference_mode():
    out.add_(1)  # allowed inside inference_mode
print("in place inside inference_mode: allowed")
#> in place inside inference_mode: allowed
normal.add_(1)  # and on the clone, anywhere
print("in place on the clone: allowed")
#> in place on the clone: allowed
