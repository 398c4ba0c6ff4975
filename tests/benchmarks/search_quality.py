"""How well the site's search answers what readers type: the query set in tests/search_queries.yaml.

Run from the repository root:  python tests/benchmarks/search_quality.py [--site DIR] [--misses]

Builds the site (or serves DIR), and in Chromium types each query key by key into the search
box of its language's home page, as a reader does, then reads the results in the order
shown: each result is a page, with a link to it and links to its matching sections. A link
answers a query when it leads to one of the query's sections. Prints, per language: the
share of queries whose first result (a page and its sections) holds an answer, the share
answered within the first 5 result links, and the mean reciprocal rank over the links
(1/rank of the first answer, 0 past 10).
Exits non-zero below the goal (README, "Search"): 90 % within 5 and 70 % first.
"""

import argparse
import functools
import http.server
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "hooks")]
from guide import LANGUAGES, page_url  # noqa: E402

QUERIES = ROOT / "tests" / "search_queries.yaml"
GOAL_FIRST, GOAL_TOP5 = 0.70, 0.90


RESULTS = "items => items.map(item => [...item.querySelectorAll(':scope > a')].map(a => a.href))"


def typed(page, query: str) -> list[list[str]]:
    """The results for `query`, typed key by key, once the list stops changing: per result
    (a page), the links it shows in order (its best-matching sections)."""
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press_sequentially(query)
    items, seen, stable = page.locator(".md-search-result__item"), None, 0
    deadline = time.monotonic() + 10
    while stable < 3 and time.monotonic() < deadline:
        time.sleep(0.15)
        now = items.evaluate_all(RESULTS)
        stable, seen = (stable + 1, now) if now == seen else (0, now)
    return seen or []


def pasted(page, query: str) -> list[list[str]]:
    """The results for `query` entered at once (a paste: one input event; search.js
    answers it before the event returns)."""
    page.locator("input.md-search__input").fill(query)
    return page.locator(".md-search-result__item").evaluate_all(RESULTS)


def section(href: str, base: str) -> str:
    """A result link as the query set writes answers: `page.md#anchor` (or `page.md`)."""
    parts = urlsplit(href)
    path = parts.path.removeprefix(urlsplit(base).path).removeprefix("en/").strip("/")
    return f"{path or 'index'}.md" + (f"#{parts.fragment}" if parts.fragment else "")


def measure(browser, base: str, queries: dict, enter=typed, misses: bool = False) -> dict[str, tuple[float, float, float]]:
    """Per language: (share answered first, share within 5 links, mean reciprocal rank)."""
    scores = {}
    for language in LANGUAGES:
        page = browser.new_page()
        page.goto(base + page_url(language, Path("index.md")))
        page.keyboard.press("/")  # opens the search dialog
        page.wait_for_function("() => window.searchIndex && window.searchEngine")  # loaded as the box gets focus
        first = top5 = reciprocal = 0.0
        for item in queries[language]:
            results = [[section(href, base) for href in links] for links in enter(page, item["q"])]
            found = [link for links in results for link in links]
            rank = next((n for n, link in enumerate(found[:10], 1) if link in item["answers"]), None)
            answered_first = bool(results) and any(link in item["answers"] for link in results[0])
            first += answered_first
            top5 += rank is not None and rank <= 5
            reciprocal += 1 / rank if rank else 0
            if misses and not answered_first:
                print(f"  {language} rank {rank}: {item['q']!r} -> {found[:5]} (answers: {item['answers']})")
        n = len(queries[language])
        scores[language] = (first / n, top5 / n, reciprocal / n)
        page.close()
    return scores


def serve(site: Path) -> str:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}/"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site to serve (default: build one)")
    parser.add_argument("--misses", action="store_true", help="print each query not answered first")
    parser.add_argument("--queries", type=Path, default=QUERIES, help="the query set (default: %(default)s)")
    args = parser.parse_args()
    queries = yaml.safe_load(args.queries.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        site = args.site
        if site is None:
            site = Path(folder) / "site"
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
                           cwd=ROOT, check=True)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
            scores = measure(browser, serve(site), queries, typed, args.misses)
    below = False
    for language, (first, top5, mrr) in scores.items():
        print(f"{language}: {len(queries[language])} queries, first {first:.0%}, within 5 {top5:.0%}, MRR {mrr:.2f}")
        below |= first < GOAL_FIRST or top5 < GOAL_TOP5
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
