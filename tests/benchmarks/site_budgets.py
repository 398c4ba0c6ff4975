"""Build times, test-suite time and page weights, checked against the budgets.

Run from the repository root:  python tests/benchmarks/site_budgets.py [--skip-suite]
Exits non-zero when a budget is exceeded. Lighthouse scores need the `lighthouse`
CLI (npm install --prefix /tmp/lh lighthouse@12): found on PATH, in
$LIGHTHOUSE (the executable), or in /tmp/lh; without it that part is skipped, loudly. Numbers depend on the machine: the
README quotes the last run, with the machine and the date.
"""

import argparse
import datetime
import functools
import gzip
import http.server
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "hooks")]  # guide.py reads hooks/page_model.py
from guide import DOCS, LANGUAGES, is_notebook, page_url, pages  # noqa: E402

WARM_BUILD_S = 5.0
SUITE_S = 180.0
TOPIC_PAGE_KB = 400
NOTEBOOK_PAGE_KB = 800
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
LIGHTHOUSE_PERFORMANCE = 95  # mobile preset (Lighthouse's default), median of LIGHTHOUSE_RUNS
LIGHTHOUSE_RUNS = 3  # scores vary with the machine's load: the median of three
# One page of each type: both homes, a topic page, the error index, the notebook page, the matrix.
LIGHTHOUSE_PAGES = ["", "en/", "en/no_grad/", "en/errors/", "en/measurements/", "en/compat/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# What the performance score is made of, printed for the run with the median score.
METRICS = [("FCP", "first-contentful-paint"), ("LCP", "largest-contentful-paint"), ("TBT", "total-blocking-time"),
           ("CLS", "cumulative-layout-shift"), ("SI", "speed-index")]


def timed(command) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=ENV, check=True, capture_output=True)
    return time.perf_counter() - start


def build(site: Path) -> float:
    return timed([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)])


def page_weights(site: Path) -> dict[str, int]:
    """Bytes of HTML, CSS and JS a browser downloads to show each page (uncompressed).

    Counted from the requests Chromium makes as the page loads: the search index waits
    for a search (search.js); images, sitemaps and the favicon are not counted.
    """
    from playwright.sync_api import sync_playwright

    from test_browser import CHROMIUM, CHROMIUM_FLAGS

    handler = functools.partial(_GzipHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    weights = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        for language in LANGUAGES:
            for page_file in pages(language=language):
                responses = []
                page = browser.new_page()
                page.on("response", lambda response: responses.append(response))
                page.goto(base + page_url(language, page_file), wait_until="networkidle")
                counted = {r.url: len(r.body()) for r in responses if r.url.endswith((".html", ".css", ".js", "/"))}
                page.close()  # after reading the bodies: a closed page has none
                weights[page_url(language, page_file) or "/"] = sum(counted.values())
        browser.close()
    server.shutdown()
    return weights


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzipped when the browser accepts it, as any real host serves them
    (Python's http.server never compresses, which would cost Lighthouse points)."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()  # directory redirects, 404s
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def find_lighthouse() -> str | None:
    for candidate in (os.environ.get("LIGHTHOUSE"), shutil.which("lighthouse"), "/tmp/lh/node_modules/.bin/lighthouse"):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def lighthouse_scores(site: Path, lighthouse: str, runs: int = LIGHTHOUSE_RUNS) -> dict[str, dict[str, int]]:
    """Median Lighthouse score per category for each page of LIGHTHOUSE_PAGES, mobile preset."""
    from test_browser import CHROMIUM, CHROMIUM_FLAGS

    handler = functools.partial(_GzipHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    env = {**ENV, "CHROME_PATH": str(CHROMIUM)}
    scores = {}
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        for path in LIGHTHOUSE_PAGES:
            per_run = []
            for _ in range(runs):
                subprocess.run(
                    [lighthouse, base + path, "--quiet", "--output=json", f"--output-path={report}",
                     "--only-categories=" + ",".join(CATEGORIES), "--chrome-flags=" + " ".join(CHROMIUM_FLAGS)],
                    env=env, check=True, capture_output=True, timeout=300)
                result = json.loads(report.read_text())
                run = {c: round(100 * result["categories"][c]["score"]) for c in CATEGORIES}
                run["metrics"] = "  ".join(f"{name} {result['audits'][audit]['displayValue']}" for name, audit in METRICS)
                # Lighthouse's measure of this machine's speed: its 4x slowdown is relative to it.
                run["metrics"] += f"  benchmarkIndex {result['environment']['benchmarkIndex']:.0f}"
                per_run.append(run)
            scores["/" + path] = {c: sorted(run[c] for run in per_run)[len(per_run) // 2] for c in CATEGORIES}
            scores["/" + path]["metrics"] = sorted(per_run, key=lambda run: run["performance"])[len(per_run) // 2]["metrics"]
    server.shutdown()
    return scores


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-suite", action="store_true", help="do not time the whole test suite")
    args = parser.parse_args()
    print(f"{datetime.date.today()}, {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    over = []

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        shutil.rmtree(ROOT / ".cache", ignore_errors=True)  # mkdocs-jupyter's notebook cache
        cold, warm = build(site), build(site)
        print(f"mkdocs build --strict: cold {cold:.1f} s, warm {warm:.1f} s (budget {WARM_BUILD_S:.0f} s warm)")
        if warm > WARM_BUILD_S:
            over.append("warm build")
        for index in sorted((site / "search").glob("*.js")):
            print(f"search index {index.name}: {index.stat().st_size / 1024:.0f} KB")

        weights = page_weights(site)
        notebooks = {page_url(lang, p) or "/" for lang in LANGUAGES for p in pages(language=lang)
                     if is_notebook((DOCS / lang / p).read_text())}
        for path, size in sorted(weights.items()):
            budget = NOTEBOOK_PAGE_KB if path in notebooks else TOPIC_PAGE_KB
            flag = "" if size / 1024 <= budget else "  OVER BUDGET"
            print(f"  {path:32} {size / 1024:6.0f} KB (budget {budget} KB){flag}")
            if flag:
                over.append(path)

        lighthouse = find_lighthouse()
        if lighthouse is None:
            print("Lighthouse: SKIPPED, no `lighthouse` executable (npm install --prefix /tmp/lh lighthouse@12, "
                  "or set LIGHTHOUSE to its path)")
        else:
            print(f"Lighthouse, mobile preset, gzip, median of {LIGHTHOUSE_RUNS} runs "
                  f"(budget: performance >= {LIGHTHOUSE_PERFORMANCE}):")
            for path, score in lighthouse_scores(site, lighthouse).items():
                flag = "" if score["performance"] >= LIGHTHOUSE_PERFORMANCE else "  UNDER BUDGET"
                print(f"  {path:22} " + "  ".join(f"{c} {score[c]:3}" for c in CATEGORIES) + flag)
                print(f"  {'':22} {score['metrics']}")
                if flag:
                    over.append(f"Lighthouse {path}")

    if not args.skip_suite:
        suite = timed([sys.executable, "-m", "pytest", "-c", "tests/pytest.ini", "--rootdir=.", "-q"])
        print(f"test suite: {suite:.0f} s (budget {SUITE_S:.0f} s)")
        if suite > SUITE_S:
            over.append("test suite")

    print("over budget: " + ", ".join(over) if over else "every budget holds")
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
