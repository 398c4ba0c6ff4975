"""Memory and time of forward passes in grad mode, no_grad and inference_mode, over repeated runs.

Run from the repository root, on a quiet machine (nothing else loading its cores):
    python tests/benchmarks/measure.py               # writes docs/assets/measurements/<device>.json
    python tests/benchmarks/measure.py --repeats 5   # more runs
    python tests/benchmarks/measure.py --small --out /tmp/m.json   # tiny sizes: what the tests run

Two sets of workloads:
- the sweep: an MLP of `depth` x (Linear(1024, 1024) + ReLU) over batch sizes and depths;
- small operations, cheap enough that the fixed cost of each operation is a large share of
  the time: an MLP of 4 x (Linear(64, 64) + ReLU) at batch 8, and a loop of 100 views and
  in-place operations on a 64 x 64 tensor.

Memory is counted exactly, once: the bytes autograd saves for backward (saved_tensors_hooks);
what is still allocated when the forward ends, the output alive (on CPU from the profiler,
on CUDA from memory_allocated); on CUDA also the allocator's peak during the forward
(max_memory_allocated), which counts the temporaries too.

Time is measured `--repeats` times, each run in its own process, and every run's figures
are kept: a difference is only worth stating if it holds in every run. In each run, each
case is timed with torch.utils.benchmark's Timer.blocked_autorange, which picks a block
size, then times blocks until `min_run_time` seconds have passed (a fixed time, not until
the median settles: that is adaptive_autorange); on CUDA it synchronizes. The run records
the median and the interquartile range (IQR) of the per-block times. The timed code uses
`--threads` threads (Timer's own default would be 1). The order of the modes rotates from
one run to the next.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks
from torch.utils.benchmark import Timer

MODES = {"grad": torch.enable_grad, "no_grad": torch.no_grad, "inference_mode": torch.inference_mode}
OUT_DIR = Path(__file__).resolve().parents[2] / "docs" / "assets" / "measurements"
SIZES = {  # the sweep, the small operations and the time each case is timed for in one run
    "full": {"batches": [64, 256, 1024], "depths": [2, 4, 8], "width": 1024, "min_run_time": 0.5,
             "small_mlp": {"width": 64, "depth": 4, "batch": 8}, "loop": 100, "small_min_run_time": 1.0},
    "small": {"batches": [4, 8], "depths": [2], "width": 32, "min_run_time": 0.01,
              "small_mlp": {"width": 16, "depth": 2, "batch": 2}, "loop": 10, "small_min_run_time": 0.01},
}


def mlp(width: int, depth: int, device: str) -> nn.Module:
    torch.manual_seed(0)
    layers = [module for _ in range(depth) for module in (nn.Linear(width, width), nn.ReLU())]
    return nn.Sequential(*layers).to(device)


def views_and_inplace(iterations: int, device: str):
    """Slicing, transposes and in-place updates on a tensor that needs no grad."""
    torch.manual_seed(0)
    state = torch.randn(64, 64, device=device)

    def loop():
        for i in range(iterations):
            row = state[i % 64]
            row.mul_(0.5).add_(1.0)
            state.t()[i % 64].clamp_(-1, 1)

    return loop


def saved_bytes(model, x, mode) -> int:
    """Bytes of the tensors autograd keeps for backward, each storage counted once."""
    storages = {}

    def pack(tensor):
        storage = tensor.untyped_storage()
        storages[storage.data_ptr()] = storage.nbytes()
        return tensor

    known = {t.untyped_storage().data_ptr() for t in [x, *model.parameters()]}
    with saved_tensors_hooks(pack, lambda tensor: tensor), mode():
        model(x)
    return sum(size for ptr, size in storages.items() if ptr not in known)


def retained_bytes_cpu(model, x, mode) -> int:
    """Memory still allocated when the forward ends (the output is alive), from the profiler."""
    from torch.profiler import ProfilerActivity, profile

    with mode(), profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
        out = model(x)
    del out
    return sum(event.self_cpu_memory_usage for event in prof.key_averages())


def memory_cuda(model, x, mode) -> dict:
    """Still allocated when the forward ends (the output is alive), and the peak during it, above the start."""
    torch.cuda.synchronize()
    torch.cuda.reset_peak_memory_stats()
    before = torch.cuda.memory_allocated()
    with mode():
        out = model(x)
    torch.cuda.synchronize()
    retained = torch.cuda.memory_allocated() - before
    del out
    return {"retained_bytes": retained, "peak_bytes": torch.cuda.max_memory_allocated() - before}


def timing(fn, mode, min_run_time: float, threads: int) -> dict:
    """One run's median and interquartile range of the per-block times (seconds per call)."""
    def run():
        with mode():
            fn()

    measurement = Timer("run()", globals={"run": run}, num_threads=threads).blocked_autorange(min_run_time=min_run_time)
    return {"median_s": measurement.median, "iqr_s": measurement.iqr, "blocks": len(measurement.times)}


def rotated(run_index: int) -> list[str]:
    names = list(MODES)
    shift = run_index % len(names)
    return names[shift:] + names[:shift]


def one_run(device: str, size: dict, threads: int, run_index: int) -> dict:
    """Every case timed once, in this process: {case key: {mode: timing}}."""
    times = {}
    for depth in size["depths"]:
        model = mlp(size["width"], depth, device)
        for batch in size["batches"]:
            torch.manual_seed(0)
            x = torch.randn(batch, size["width"], device=device)
            for name in rotated(run_index):
                times.setdefault(f"sweep/{depth}/{batch}", {})[name] = timing(
                    lambda: model(x), MODES[name], size["min_run_time"], threads)
    small = size["small_mlp"]
    model = mlp(small["width"], small["depth"], device)
    torch.manual_seed(0)
    x = torch.randn(small["batch"], small["width"], device=device)
    loop = views_and_inplace(size["loop"], device)
    for key, fn in [("small/mlp", lambda: model(x)), ("small/views", loop)]:
        for name in rotated(run_index):
            times.setdefault(key, {})[name] = timing(fn, MODES[name], size["small_min_run_time"], threads)
    return times


def memory_rows(device: str, size: dict) -> list[dict]:
    rows = []
    for depth in size["depths"]:
        model = mlp(size["width"], depth, device)
        for batch in size["batches"]:
            torch.manual_seed(0)
            x = torch.randn(batch, size["width"], device=device)
            with torch.no_grad():
                model(x)  # warm-up: on CUDA, cuBLAS allocates its workspace once, before anything is measured
            for name, mode in MODES.items():
                row = {"depth": depth, "batch": batch, "width": size["width"], "mode": name,
                       "saved_bytes": saved_bytes(model, x, mode)}
                if device == "cuda":
                    row.update(memory_cuda(model, x, mode))
                else:
                    row["retained_bytes"] = retained_bytes_cpu(model, x, mode)
                rows.append(row)
    return rows


def with_times(row: dict, per_run: list[dict]) -> dict:
    """The row with one value per run for each timing statistic."""
    return {**row, **{stat: [run[stat] for run in per_run] for stat in ("median_s", "iqr_s", "blocks")}}


def separate_runs(device: str, size_name: str, repeats: int, threads: int) -> list[dict]:
    """Each run in a fresh process: its own allocator, caches, thread pool and memory layout."""
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for index in range(repeats):
            out = Path(tmp) / f"run{index}.json"
            subprocess.run([sys.executable, __file__, "--child", str(out), "--run-index", str(index),
                            "--device", device, "--threads", str(threads)] + (["--small"] if size_name == "small" else []),
                           check=True)
            runs.append(json.loads(out.read_text()))
            print(f"run {index + 1} of {repeats} done", file=sys.stderr)
    return runs


def measure(device: str, size_name: str, repeats: int, threads: int, same_process: bool = False) -> dict:
    size = SIZES[size_name]
    if same_process:  # cheaper (one torch import), for the tests; real data comes from separate processes
        runs = [one_run(device, size, threads, index) for index in range(repeats)]
    else:
        runs = separate_runs(device, size_name, repeats, threads)
    rows = [with_times(row, [run[f"sweep/{row['depth']}/{row['batch']}"][row["mode"]] for run in runs])
            for row in memory_rows(device, size)]
    small = size["small_mlp"]
    workloads = {
        "mlp": {"description": f"{small['depth']} x (Linear({small['width']}, {small['width']}) + ReLU), batch {small['batch']}"},
        "views": {"description": f"loop of {size['loop']} views and in-place operations on a 64 x 64 tensor"},
    }
    small_ops = [with_times({"workload": key, "description": info["description"], "mode": name},
                            [run[f"small/{key}"][name] for run in runs])
                 for key, info in workloads.items() for name in MODES]
    return {
        "device": torch.cuda.get_device_name() if device == "cuda" else f"CPU ({platform.machine()}, {os.cpu_count()} cores)",
        "device_kind": device,
        "torch": torch.__version__,
        "cuda": torch.version.cuda if device == "cuda" else None,
        "date": datetime.date.today().isoformat(),
        "machine": platform.platform(),
        "threads": threads,
        "repeats": repeats,
        "separate_processes": not same_process,
        "min_run_time_s": {"sweep": size["min_run_time"], "small_ops": size["small_min_run_time"]},
        "rows": rows,
        "small_ops": small_ops,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--small", action="store_true", help="tiny sizes, runs in this process: for the tests")
    parser.add_argument("--repeats", type=int, help="independent runs, each in its own process (default 3; 2 with --small)")
    parser.add_argument("--threads", type=int, default=torch.get_num_threads(),
                        help="threads the timed code uses (default: torch's default here)")
    parser.add_argument("--out", type=Path, help="default: docs/assets/measurements/<device>.json")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # one run's timings, written by a child process
    parser.add_argument("--run-index", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    size = "small" if args.small else "full"
    if args.child:
        args.child.write_text(json.dumps(one_run(args.device, SIZES[size], args.threads, args.run_index)))
        return
    repeats = args.repeats or (2 if args.small else 3)
    if repeats < 1:
        parser.error("--repeats must be at least 1")
    data = measure(args.device, size, repeats, args.threads, same_process=args.small)
    out = args.out or OUT_DIR / f"{args.device}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, indent=1) + "\n")
    print(f"{data['device']}, torch {data['torch']}: {len(data['rows'])} rows and {len(data['small_ops'])} "
          f"small-operation rows, {data['repeats']} runs each, written to {out}")


if __name__ == "__main__":
    main()
