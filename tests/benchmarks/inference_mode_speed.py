"""no_grad against inference_mode: time per call, 3 repeats (run: python tests/benchmarks/inference_mode_speed.py).

Timings never go into a snippet's #> lines; the page quotes this script's output,
with the machine, the date and the torch version it prints.
"""

import datetime
import os
import platform

import torch
from torch import nn
from torch.utils.benchmark import Timer


def mlp_forward():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 64))
    x = torch.randn(8, 64)
    return lambda: model(x)


def views_and_inplace():
    torch.manual_seed(0)
    state = torch.randn(64, 64)

    def loop():
        for i in range(100):  # slicing, transposes and in-place updates: the bookkeeping inference_mode skips
            row = state[i % 64]
            row.mul_(0.5).add_(1.0)
            state.t()[i % 64].clamp_(-1, 1)

    return loop


def main():
    print(f"torch {torch.__version__}, {platform.machine()}, {os.cpu_count()} CPUs, "
          f"{torch.get_num_threads()} threads, {datetime.date.today()}")
    for name, make in [("MLP 3x Linear(64,64), batch 8", mlp_forward), ("100 views + in-place ops", views_and_inplace)]:
        fn = make()
        for repeat in range(3):
            times = {}
            for mode in (torch.no_grad, torch.inference_mode):
                def run(fn=fn, mode=mode):
                    with mode():
                        fn()
                times[mode.__name__] = Timer("run()", globals={"run": run}).blocked_autorange(min_run_time=1).median
            ratio = times["no_grad"] / times["inference_mode"]
            print(f"{name}, repeat {repeat + 1}: no_grad {times['no_grad'] * 1e6:.1f} us, "
                  f"inference_mode {times['inference_mode'] * 1e6:.1f} us, ratio {ratio:.2f}")


if __name__ == "__main__":
    main()
