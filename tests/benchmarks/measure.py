"""Memory and time of one forward pass in grad mode, no_grad and inference_mode.

Run from the repository root:
    python tests/benchmarks/measure.py            # writes docs/assets/measurements/<device>.json
    python tests/benchmarks/measure.py --small --out /tmp/m.json   # what the tests run

Memory is counted exactly: the bytes autograd saves for backward (saved_tensors_hooks)
and, on CPU, what the profiler sees still allocated after the forward; on CUDA, the
allocator's peak (max_memory_allocated). Time is the median of torch.utils.benchmark
(which synchronizes CUDA), with the interquartile range as its spread.
"""

import argparse
import datetime
import json
import os
import platform
from pathlib import Path

import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks
from torch.utils.benchmark import Timer

MODES = {"grad": torch.enable_grad, "no_grad": torch.no_grad, "inference_mode": torch.inference_mode}
OUT_DIR = Path(__file__).resolve().parents[2] / "docs" / "assets" / "measurements"
MIB = 2**20


def mlp(width: int, depth: int, device: str) -> nn.Module:
    torch.manual_seed(0)
    layers = [module for _ in range(depth) for module in (nn.Linear(width, width), nn.ReLU())]
    return nn.Sequential(*layers).to(device)


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
    """Memory still allocated after the forward, output included, from the profiler."""
    from torch.profiler import ProfilerActivity, profile

    with mode(), profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
        out = model(x)
    del out
    return sum(event.self_cpu_memory_usage for event in prof.key_averages())


def peak_bytes_cuda(model, x, mode) -> int:
    """The allocator's peak during the forward, above what was allocated before it."""
    torch.cuda.synchronize()
    torch.cuda.reset_peak_memory_stats()
    before = torch.cuda.memory_allocated()
    with mode():
        out = model(x)
    torch.cuda.synchronize()
    del out
    return torch.cuda.max_memory_allocated() - before


def forward_time(model, x, mode, min_run_time):
    def forward():
        with mode():
            model(x)

    measurement = Timer("forward()", globals={"forward": forward}).blocked_autorange(min_run_time=min_run_time)
    return {"median_s": measurement.median, "iqr_s": measurement.iqr}


def measure(device: str, batches, depths, width: int, min_run_time: float) -> dict:
    rows = []
    for depth in depths:
        model = mlp(width, depth, device)
        for batch in batches:
            torch.manual_seed(0)
            x = torch.randn(batch, width, device=device)
            for name, mode in MODES.items():
                row = {"depth": depth, "batch": batch, "width": width, "mode": name,
                       "saved_bytes": saved_bytes(model, x, mode)}
                if device == "cuda":
                    row["peak_bytes"] = peak_bytes_cuda(model, x, mode)
                else:
                    row["retained_bytes"] = retained_bytes_cpu(model, x, mode)
                row.update(forward_time(model, x, mode, min_run_time))
                rows.append(row)
    return {
        "device": torch.cuda.get_device_name() if device == "cuda" else f"CPU ({platform.machine()}, {os.cpu_count()} cores)",
        "device_kind": device,
        "torch": torch.__version__,
        "cuda": torch.version.cuda if device == "cuda" else None,
        "date": datetime.date.today().isoformat(),
        "machine": platform.platform(),
        "threads": torch.get_num_threads(),
        "rows": rows,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--small", action="store_true", help="tiny sizes, for the tests")
    parser.add_argument("--out", type=Path, help="default: docs/assets/measurements/<device>.json")
    args = parser.parse_args()
    if args.small:
        data = measure(args.device, batches=[4, 8], depths=[2], width=32, min_run_time=0.01)
    else:
        data = measure(args.device, batches=[64, 256, 1024], depths=[2, 4, 8], width=1024, min_run_time=0.5)
    out = args.out or OUT_DIR / f"{args.device}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, indent=1) + "\n")
    print(f"{data['device']}, torch {data['torch']}: {len(data['rows'])} rows written to {out}")


if __name__ == "__main__":
    main()
