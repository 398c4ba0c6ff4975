"""no_grad against inference_mode on small operations, over repeated runs in separate processes.

Run from the repository root, on a quiet machine (nothing else loading its cores):
    python tests/benchmarks/inference_mode_speed.py               # 3 runs
    python tests/benchmarks/inference_mode_speed.py --repeats 5 --json /tmp/speed.json
    python tests/benchmarks/inference_mode_speed.py --repeats 2 --min-run-time 0.1   # a quick check of the script

The workloads are measure.py's small operations (an MLP of 4 x (Linear(64, 64) + ReLU) at
batch 8, and a loop of 100 views and in-place operations), timed the same way: each run in
its own process, Timer.blocked_autorange for `--min-run-time` seconds per case, the median
and IQR of the per-block times. measure.py also times grad mode and writes the data the
measurements page shows; this script prints the comparison the inference_mode page is about.

Timings never go into a snippet's #> lines. A difference is stated only if it holds in
every run, beyond the IQRs: the last line of each workload says whether it did.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import SIZES, mlp, timing, views_and_inplace  # noqa: E402

MODES = {"no_grad": torch.no_grad, "inference_mode": torch.inference_mode}


def workloads():
    small = SIZES["full"]["small_mlp"]
    model = mlp(small["width"], small["depth"], "cpu")
    torch.manual_seed(0)
    x = torch.randn(small["batch"], small["width"])
    return {
        f"MLP {small['depth']} x (Linear({small['width']}, {small['width']}) + ReLU), batch {small['batch']}": lambda: model(x),
        f"{SIZES['full']['loop']} views + in-place ops": views_and_inplace(SIZES["full"]["loop"], "cpu"),
    }


def one_run(run_index: int, min_run_time: float, threads: int) -> dict:
    """{workload: {mode: timing}}, the order of the modes alternating between runs."""
    order = list(MODES) if run_index % 2 == 0 else list(MODES)[::-1]
    return {name: {mode: timing(fn, MODES[mode], min_run_time, threads) for mode in order}
            for name, fn in workloads().items()}


def separated(a: dict, b: dict) -> bool:
    """The two medians differ by more than their half-IQRs together: the IQR bars do not overlap."""
    return abs(a["median_s"] - b["median_s"]) > (a["iqr_s"] + b["iqr_s"]) / 2


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="independent runs, each in its own process")
    parser.add_argument("--min-run-time", type=float, default=SIZES["full"]["small_min_run_time"])
    parser.add_argument("--threads", type=int, default=torch.get_num_threads())
    parser.add_argument("--json", type=Path, help="also write every run's figures here")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)  # run index, in a child process
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(one_run(args.child, args.min_run_time, args.threads)))
        return
    print(f"torch {torch.__version__}, {platform.machine()}, {os.cpu_count()} CPUs, {args.threads} threads, "
          f"{datetime.date.today()}, {args.repeats} runs in separate processes, {args.min_run_time} s per case")
    runs = []
    for index in range(args.repeats):
        child = subprocess.run([sys.executable, __file__, "--child", str(index), "--min-run-time", str(args.min_run_time),
                                "--threads", str(args.threads)], check=True, capture_output=True, text=True)
        runs.append(json.loads(child.stdout.splitlines()[-1]))
    for name in runs[0]:
        ratios, apart = [], []
        for index, run in enumerate(runs):
            t = run[name]
            ratios.append(t["no_grad"]["median_s"] / t["inference_mode"]["median_s"])
            apart.append(separated(t["no_grad"], t["inference_mode"]))
            print(f"{name}, run {index + 1}: no_grad {t['no_grad']['median_s'] * 1e6:.1f} us "
                  f"(IQR {t['no_grad']['iqr_s'] * 1e6:.1f}), inference_mode {t['inference_mode']['median_s'] * 1e6:.1f} us "
                  f"(IQR {t['inference_mode']['iqr_s'] * 1e6:.1f}), no_grad / inference_mode {ratios[-1]:.2f}")
        if all(apart) and all(r > 1 for r in ratios):
            verdict = "inference_mode faster in every run"
        elif all(apart) and all(r < 1 for r in ratios):
            verdict = "inference_mode slower in every run"
        else:
            verdict = "no difference that holds in every run"
        print(f"{name}: ratio {min(ratios):.2f}-{max(ratios):.2f} over {len(runs)} runs; {verdict}")
    if args.json:
        args.json.write_text(json.dumps({"torch": torch.__version__, "machine": platform.platform(), "threads": args.threads,
                                         "date": datetime.date.today().isoformat(), "runs": runs}, indent=1) + "\n")


if __name__ == "__main__":
    main()
