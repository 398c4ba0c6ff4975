"""Run every CPU snippet on every torch minor from 2.0 to the newest, and record what it printed.

    python tests/compat.py run 2.4 2.15     # those minors (the latest patch of each)
    python tests/compat.py run --all        # every minor in MINORS
    python tests/compat.py run --stale      # only the snippets whose recorded data is stale
    python tests/compat.py run --all --only 'accumulation_ddp/0[35]_*'   # only the snippets that match
    python tests/compat.py report           # snippets x versions, in the terminal
    python tests/compat.py check            # exit 1 unless every minor's data is there and fresh

Each minor gets an isolated environment made with uv (`uv venv` + `uv pip install torch==X`):
uv keeps one shared download cache, so a cached torch installs in seconds. The environment is
deleted after its run: only the cache stays on disk. Inside it, the project's own runner
(tests/snippet_runner.py) runs each snippet in a fresh forked process, as the everyday suite does.

Results are data in docs/assets/compat/<minor>.json, one file per minor: the torch version,
date, machine and, per snippet, the hash of its code (its `#>` lines left out), what it
printed (the runner's writes, from which the `#>` lines are rebuilt) and the exception it
raised, if any. hooks/torch_versions.py shows them on the pages. tests/test_compat.py fails
when a data file is missing or malformed; fresh data (no snippet changed since its data was
recorded) is a requirement of publishing, not of the everyday suite: .ci/deploy --push runs
`check` and refuses stale data, while a build shows a stale snippet as the pinned torch
printed it, "checked on torch <pin> only".
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime
import fnmatch
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent / "hooks")]
import page_model  # noqa: E402
from page_model import (  # noqa: E402, F401 (the matrix's names, read by the tests from here)
    MINORS, ROOT, annotated, code_hash, data_file, load, needs_cuda,
)

DATA = page_model.COMPAT_DATA
REFRESH = "python tests/compat.py run --stale"


from page_model import cpu_snippets, snippet_id, stale  # noqa: E402


def companions(minor: str) -> list[str]:
    """What a reader's environment of that time had beside torch.

    torch before 2.3 was built against NumPy 1.x and breaks on NumPy 2; torch 2.1's
    torch._dynamo imports pkg_resources (setuptools), which uv's environments lack.
    """
    old = tuple(map(int, minor.split("."))) < (2, 3)
    return ["numpy<2", "setuptools<70"] if old else ["numpy"]


def _record_problem(record) -> bool:
    return not (isinstance(record, dict) and isinstance(record.get("hash"), str)
                and isinstance(record.get("writes"), list)
                and all(isinstance(w, list) and len(w) == 2 and type(w[0]) is int and isinstance(w[1], str)
                        for w in record["writes"])
                and all(isinstance(record.get(key), (str, type(None))) for key in ("error", "stderr")))


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def data_problems() -> list[str]:
    """One line per minor whose data file is missing or malformed: the everyday suite fails on
    these (tests/test_compat.py). A snippet with no or stale data is not one of them."""
    problems = []
    for minor in MINORS:
        path = data_file(minor)
        name = _name(path)
        if not path.exists():
            problems.append(f"{name} is missing: run `python tests/compat.py run {minor}`")
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as error:
            problems.append(f"{name} is not valid JSON ({error}): restore it from git or run "
                            f"`python tests/compat.py run {minor}`")
            continue
        if not (isinstance(data, dict) and isinstance(data.get("torch"), str)
                and isinstance(data.get("snippets"), dict)):
            problems.append(f"{name} is not an object with a `torch` string and a `snippets` object")
            continue
        if broken := sorted(sid for sid, record in data["snippets"].items() if _record_problem(record)):
            problems.append(f"{name}: the records of {', '.join(broken)} are not "
                            f"{{hash, writes: [[line, text], ...], error, stderr}}")
    return problems


def staleness_problems(minors: list[str] | None = None) -> list[str]:
    """What keeps the data from being published (`check`, run by .ci/deploy): per minor, the
    CPU snippets whose code changed since its data was recorded, or that have none, and data
    recorded with another torch than MINORS names. Then the command that refreshes them; then
    the translations that are no longer their program's text."""
    problems = []
    for minor in minors or MINORS:
        data = load(minor)
        if data is None:
            continue  # data_problems() names it
        name = _name(data_file(minor))
        if data["torch"] != MINORS[minor]:
            problems.append(f"{name} was recorded with torch {data['torch']}, not {MINORS[minor]}: "
                            f"run `python tests/compat.py run {minor}`")
        elif names := [snippet_id(p) for p in stale(minor)]:
            problems.append(f"{name} is stale for {', '.join(names)}")
    if problems:
        problems.append(f"refresh with `{REFRESH}` (needs uv, the network and up to 59 GB the first time), "
                        f"or merge the pull request of the Torch matrix workflow (.github/workflows/compat.yml)")
    return problems + page_model.unpaired_texts()  # a translation shows its program's data


def check(minors: list[str]) -> int:
    """Exit status 1, one line per problem on stderr, unless every minor's data is there, well
    formed and fresh for every CPU snippet (.ci/deploy runs it before publishing)."""
    problems = data_problems() or staleness_problems(minors)
    for problem in problems:
        print(f"compat: {problem}", file=sys.stderr)
    if not problems:
        print(f"compat: every CPU snippet has fresh data on torch {page_model.version_ranges(minors or list(MINORS))}")
    return 1 if problems else 0


def exception_text(traceback_text: str) -> str:
    """The exception at the end of a traceback, every line of its message."""
    lines = traceback_text.rstrip("\n").splitlines()
    frames = [i for i, line in enumerate(lines) if line.startswith('  File "')]
    start = frames[-1] + 1 if frames else 0
    while frames and start < len(lines) and lines[start].startswith("    "):
        start += 1  # the frame's source line and its ^^^ marks
    return "\n".join(lines[start:])


# --- inside a torch environment ---------------------------------------------------

def worker(out: Path, ids: list[str]) -> None:
    """Run the snippets with this interpreter's torch; write their records as JSON."""
    import snippet_runner
    import torch

    site_packages = str(Path(torch.__file__).parent.parent)  # a temporary path: keep it out of the data

    def one(snippet: str) -> tuple[str, dict]:
        source = (page_model.SNIPPETS / snippet).read_text(encoding="utf-8")
        result = snippet_runner.run(source, f"snippets/{snippet}")
        # Each write as the program made it (a print argument, then "\n"): a translation's labels
        # are said in its language write by write (hooks/page_model.py `Labels`).
        record = {"hash": code_hash(source), "writes": [list(write) for write in result.writes],
                  "error": exception_text(result.error).replace(site_packages, "site-packages") if result.error else None,
                  "stderr": result.stderr.replace(site_packages, "site-packages") or None}
        return snippet, record

    with concurrent.futures.ThreadPoolExecutor(os.cpu_count()) as pool:
        records = dict(pool.map(one, ids))
    out.write_text(json.dumps({"torch": torch.__version__.split("+")[0], "snippets": records}))


# --- the driver -------------------------------------------------------------------

def uv(*args: str) -> None:
    if shutil.which("uv") is None:
        sys.exit("compat: uv is not installed (pip install -r requirements.txt installs it)")
    subprocess.run(["uv", *args], check=True, stdout=subprocess.DEVNULL)


def prepare(minor: str, workdir: Path, keep_cache: bool) -> Path:
    """An environment with that torch; returns its python.

    uv's shared cache keeps each download (about 59 GB for 2.0-2.15, measured 2026-11-28),
    so a second run installs in seconds; without keep_cache each minor gets a cache of its
    own, deleted with its environment after its run. Installs may run ahead of the runs, so
    even then several finished environments (about 5 GB each) can wait on disk at once.
    """
    venv = workdir / f"torch-{minor}"
    cache = [] if keep_cache else ["--cache-dir", str(venv / "uv-cache")]
    uv("venv", "--quiet", "--python", sys.executable, str(venv))
    python = venv / "bin" / "python"
    uv("pip", "install", "--quiet", *cache, "--python", str(python), f"torch=={MINORS[minor]}", *companions(minor))
    return python


def run_minor(minor: str, python: Path, snippets: list[Path], workdir: Path) -> None:
    started = time.perf_counter()
    out = workdir / f"{minor}.json"
    # One compile thread: inductor's worker pool would outlive the run and see its environment deleted.
    env = {**os.environ, "TORCHINDUCTOR_COMPILE_THREADS": "1"}
    subprocess.run([str(python), __file__, "_worker", str(out), *map(snippet_id, snippets)], check=True, cwd=ROOT, env=env)
    result = json.loads(out.read_text())
    shutil.rmtree(python.parent.parent)  # the uv cache keeps the download; the environment itself can go
    previous = load(minor) or {"snippets": {}}
    known = {snippet_id(p) for p in cpu_snippets()}
    records = {k: v for k, v in previous["snippets"].items() if k in known} | result["snippets"]
    DATA.mkdir(parents=True, exist_ok=True)
    data_file(minor).write_text(json.dumps({
        "torch": result["torch"],
        "date": datetime.date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
                   f"{platform.system()} (a PyPI wheel of torch; the snippets run on the CPU)",
        "snippets": dict(sorted(records.items())),
    }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    failed = sum(1 for r in result["snippets"].values() if r["error"])
    print(f"torch {result['torch']}: {len(snippets)} snippets ({failed} raised) in {time.perf_counter() - started:.0f} s",
          flush=True)


def run_all(minors: list[str], only_stale: bool, keep_cache: bool = True, only: str = "*") -> None:
    """Download and install the next torches while the current one runs (two at a time).

    `only`: a glob on snippet ids (`topic/NN_slug.py`); the other snippets keep their records.
    """
    todo = {m: stale(m) if only_stale else cpu_snippets() for m in minors}
    todo = {m: matching for m, snippets in todo.items()
            if (matching := [p for p in snippets if fnmatch.fnmatchcase(snippet_id(p), only)])}
    for minor in set(minors) - set(todo):
        print(f"torch {minor}: up to date")
    started = time.perf_counter()
    order = list(todo)
    with tempfile.TemporaryDirectory(prefix="torch-compat-") as workdir, \
            concurrent.futures.ThreadPoolExecutor(1) as installer:
        # One minor installs while the one before it runs, never more: each environment is
        # about 5 GB, and 16 installed ahead of their runs filled the disk (2026-12-06).
        pythons = {order[0]: installer.submit(prepare, order[0], Path(workdir), keep_cache)}
        for number, minor in enumerate(order):
            python = pythons.pop(minor).result()
            if number + 1 < len(order):
                pythons[order[number + 1]] = installer.submit(prepare, order[number + 1], Path(workdir), keep_cache)
            run_minor(minor, python, todo[minor], Path(workdir))
    print(f"{len(todo)} torch versions in {time.perf_counter() - started:.0f} s")


def report() -> None:
    """One row per snippet: `.` same output as the pinned torch, `~` differs, `x` raises, `?` stale."""
    print(" " * 44 + " ".join(f"{m:>4}" for m in MINORS))
    datas = {m: load(m) or {"snippets": {}} for m in MINORS}
    pinned = page_model.TORCH_MINOR
    for path in cpu_snippets():
        source, sid = path.read_text(encoding="utf-8"), snippet_id(path)
        cells = []
        for minor in MINORS:
            record = datas[minor]["snippets"].get(sid)
            if record is None or record["hash"] != code_hash(source):
                cells.append("?")
            elif record["error"]:
                cells.append("x")
            else:
                cells.append("." if annotated(source, record) == source and not record["stderr"] else "~")
        print(f"{sid[:44]:44} " + " ".join(f"{c:>4}" for c in cells))
    print(f"\n. as on the page (torch {pinned})   ~ prints something else   x raises   ? no data or stale")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    verbs = parser.add_subparsers(dest="verb", required=True)
    run = verbs.add_parser("run", help="run the snippets on torch minors and record the results")
    run.add_argument("minors", nargs="*", metavar="MINOR", help="e.g. 2.4 2.15")
    run.add_argument("--all", action="store_true", help="every minor from 2.0 to the newest")
    run.add_argument("--stale", action="store_true", help="only snippets whose data is missing or stale")
    run.add_argument("--no-cache", action="store_true",
                     help="download each torch into a cache deleted after its run (bounded disk, no warm reruns)")
    run.add_argument("--only", metavar="GLOB", default="*",
                     help="only the snippets whose id (topic/NN_slug.py) matches, e.g. 'accumulation_ddp/0[35]_*'")
    verbs.add_parser("report", help="print the matrix")
    checking = verbs.add_parser("check", help="exit 1 unless the data is there, well formed and fresh "
                                              "(publishing needs it)")
    checking.add_argument("minors", nargs="*", metavar="MINOR", help="only these minors' freshness (default: all)")
    hidden = verbs.add_parser("_worker")
    hidden.add_argument("out", type=Path)
    hidden.add_argument("ids", nargs="+")
    args = parser.parse_args()

    if args.verb == "_worker":
        worker(args.out, args.ids)
    elif args.verb == "report":
        report()
    elif args.verb == "check":
        if unknown := [m for m in args.minors if m not in MINORS]:
            parser.error(f"unknown minor(s) {unknown}: known are {', '.join(MINORS)}")
        sys.exit(check(args.minors))
    else:
        # Stopped with SIGTERM (a CI timeout, kill), still delete the environments: a run's
        # temporary folder holds several GB.
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
        minors = list(MINORS) if args.all or (args.stale and not args.minors) else args.minors
        if not minors:
            parser.error("name the minors to run, or --all, or --stale")
        if unknown := [m for m in minors if m not in MINORS]:
            parser.error(f"unknown minor(s) {unknown}: known are {', '.join(MINORS)}")
        if not any(fnmatch.fnmatchcase(snippet_id(p), args.only) for p in cpu_snippets()):
            parser.error(f"--only {args.only!r} matches no CPU snippet")
        run_all(minors, args.stale, keep_cache=not args.no_cache, only=args.only)


if __name__ == "__main__":
    main()
