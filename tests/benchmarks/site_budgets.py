"""Build times, test-suite time and page weights, checked against the budgets.

Run from the repository root:  python tests/benchmarks/site_budgets.py [--skip-suite]
Exits non-zero when a budget is exceeded. Numbers depend on the machine: the
README quotes the last run, with the machine and the date.
"""

import argparse
import datetime
import functools
import http.server
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
sys.path.insert(0, str(ROOT / "tests"))
from guide import DOCS, LANGUAGES, is_notebook, page_url, pages  # noqa: E402

WARM_BUILD_S = 5.0
SUITE_S = 180.0
TOPIC_PAGE_KB = 400
NOTEBOOK_PAGE_KB = 800
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def timed(command) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=ENV, check=True, capture_output=True)
    return time.perf_counter() - start


def build(site: Path) -> float:
    return timed([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)])


def page_weights(site: Path) -> dict[str, int]:
    """Bytes of HTML, CSS and JS a browser downloads to show each page (uncompressed).

    Counted from the requests Chromium makes, so the search worker and the lunr
    language files count; the search index (JSON), sitemaps and the favicon do not.
    """
    from playwright.sync_api import sync_playwright

    from test_browser import CHROMIUM, CHROMIUM_FLAGS, _QuietHandler

    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    weights = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        for language in LANGUAGES:
            for page_file in pages(language=language):
                sizes = {}
                page = browser.new_page()
                page.on("response", lambda r: r.url.endswith((".html", ".css", ".js", "/")) and sizes.__setitem__(r.url, len(r.body())))
                page.goto(base + page_url(language, page_file), wait_until="networkidle")
                page.close()
                weights[page_url(language, page_file) or "/"] = sum(sizes.values())
        browser.close()
    server.shutdown()
    return weights


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
        index = site / "search" / "search_index.json"
        print(f"search index: {index.stat().st_size / 1024:.0f} KB")

        weights = page_weights(site)
        notebooks = {page_url(lang, p) or "/" for lang in LANGUAGES for p in pages(language=lang)
                     if is_notebook((DOCS / lang / p).read_text())}
        for path, size in sorted(weights.items()):
            budget = NOTEBOOK_PAGE_KB if path in notebooks else TOPIC_PAGE_KB
            flag = "" if size / 1024 <= budget else "  OVER BUDGET"
            print(f"  {path:32} {size / 1024:6.0f} KB (budget {budget} KB){flag}")
            if flag:
                over.append(path)

    if not args.skip_suite:
        suite = timed([sys.executable, "-m", "pytest", "-c", "tests/pytest.ini", "--rootdir=.", "-q"])
        print(f"test suite: {suite:.0f} s (budget {SUITE_S:.0f} s)")
        if suite > SUITE_S:
            over.append("test suite")

    print("over budget: " + ", ".join(over) if over else "every budget holds")
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
