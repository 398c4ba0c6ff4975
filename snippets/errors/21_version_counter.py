import torch

w = torch.tensor([2.0], requires_grad=True)
loss = w * w  # saves w for backward: d(loss)/dw = 2 * w = 4
with torch.no_grad():
    w.mul_(1.5)  # changed before backward: the version counter sees it
try:
    loss.backward()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [1]] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).

w = torch.tensor([2.0], requires_grad=True)
loss = w * w
w.data.mul_(1.5)  # the same change through .data: not counted
loss.backward()
print(w.grad)  # no error, and a wrong gradient: 2 * 3.0
#> tensor([6.])
