"""The built site in Debian's Chromium, as a reader uses it: both languages, served locally.

Needs /usr/bin/chromium (`apt-get install -y chromium`); without it these tests are
skipped with that reason, except in CI (CI=true), where they fail.
"""

import ast
import functools
import http.server
import os
import re
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from guide import DOCS, ERROR_INDEX, LANGUAGES, SNIPPETS, TORCH_MINOR, error_entries, includes, page_url, pages

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]
VERSION_PREFIX = f"{TORCH_MINOR}/"  # how mike publishes a version


ALL_PAGES = [page_url(language, page) for language in LANGUAGES for page in pages(language=language)]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(f"browser tests are mandatory in CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def _serve(directory: Path) -> str:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}/"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def sites(built_site, tmp_path_factory):
    """The site at a server's root, and under a version prefix as mike publishes it."""
    prefixed = tmp_path_factory.mktemp("prefixed")
    (prefixed / VERSION_PREFIX.strip("/")).symlink_to(built_site.site)
    return {"root": _serve(built_site.site), "prefix": _serve(prefixed) + VERSION_PREFIX}


@pytest.fixture
def page(browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield context.new_page()
    context.close()


def test_no_page_makes_a_third_party_request_or_logs_an_error(page, sites):
    base = sites["root"]
    problems, current = [], [""]
    report = problems.append
    page.on("request", lambda r: r.url.startswith(base) or report(f"{current[0]}: third-party request {r.url}"))
    page.on("response", lambda r: r.status >= 400 and report(f"{current[0]}: {r.status} {r.url}"))
    page.on("console", lambda m: m.type == "error" and report(f"{current[0]}: console error: {m.text}"))
    page.on("pageerror", lambda error: report(f"{current[0]}: page error: {error}"))
    for path in ALL_PAGES:
        current[0] = path
        page.goto(base + path, wait_until="networkidle")
    assert problems == []


@pytest.mark.parametrize("server", ["root", "prefix"])
def test_language_switcher_leads_to_the_same_page(page, sites, server):
    base, wrong = sites[server], []
    for page_file in pages(language=LANGUAGES[0]):
        paths = {language: page_url(language, page_file) for language in LANGUAGES}
        for language, other in [LANGUAGES, LANGUAGES[::-1]]:
            page.goto(base + paths[language], wait_until="domcontentloaded")
            target = page.locator(f"a.md-select__link[hreflang={other}]").evaluate("a => a.href")
            if target != base + paths[other] or not page.request.get(target).ok:
                wrong.append(f"{base + paths[language]} -> {target}, expected {base + paths[other]}")
    assert wrong == []


def _search(page, url, queries):
    """For each query, pasted in turn into the search box of `url`, its result links."""
    page.goto(url, wait_until="networkidle")
    page.keyboard.press("/")  # opens the search dialog
    box, results = page.locator("input.md-search__input"), page.locator(".md-search-result__item > a")
    answers = []
    for query in queries:
        for text, state in [("", "detached"), (query, "visible")]:  # clear first: no stale results
            box.fill(text)
            box.press("End")  # Material reads the query on keyup; a paste alone types nothing
            results.first.wait_for(state=state)
        answers.append([urlsplit(link.evaluate("a => a.href")) for link in results.all()])
    return answers


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_shows_only_the_readers_language(page, sites, language):
    [results] = _search(page, sites["root"] + page_url(language, Path("index.md")), ["inference_mode"])
    assert results
    english = [result.path.startswith("/en/") for result in results]
    assert all(english) if language == "en" else not any(english)


@pytest.mark.parametrize("language", LANGUAGES)
def test_pasting_an_error_message_finds_its_explanation_first_or_second(page, sites, language):
    index = page_url(language, ERROR_INDEX)
    errors = error_entries((DOCS / language / ERROR_INDEX).read_text())
    answers = _search(page, sites["root"] + page_url(language, Path("index.md")), [e.message for e in errors])
    missed = []
    for error, results in zip(errors, answers):
        first_two = [f"{result.path.lstrip('/')}#{result.fragment}" for result in results[:2]]
        if f"{index}#{error.anchor}" not in first_two:
            missed.append(f"{error.message!r} gave {first_two}")
    assert len(errors) >= 8 and missed == []


@pytest.mark.parametrize("path", [page_url(language, Path("training_loop.md")) for language in LANGUAGES])
def test_copy_button_copies_exactly_the_snippet_code(page, sites, path):
    language = path.split("/")[0] if path.startswith("en/") else LANGUAGES[0]
    targets = includes((DOCS / language / "training_loop.md").read_text())
    page.goto(sites["root"] + path)
    buttons = page.locator("button.md-code__button[data-md-type=copy]")
    assert buttons.count() == len(targets)
    for button, target in zip(buttons.all(), targets):
        button.click()
        copied = page.evaluate("navigator.clipboard.readText()")
        expected = re.sub(r"# \(\d+\)!", "", (SNIPPETS / target).read_text()).rstrip("\n")
        assert copied == expected, target
        ast.parse(copied)


@pytest.mark.parametrize("language", LANGUAGES)
def test_dark_mode_switches_the_color_scheme(page, sites, language):
    page.goto(sites["root"] + page_url(language, Path("no_grad.md")))
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "default"
    page.locator("form[data-md-component=palette] label:visible").click()
    assert page.evaluate(scheme) == "slate"


@pytest.mark.parametrize("language, title", [("es", "404: página no encontrada"), ("en", "404: page not found")])
def test_404_page_exists_in_both_languages(page, sites, language, title):
    folder = "" if language == LANGUAGES[0] else f"{language}/"
    assert page.goto(f"{sites['root']}{folder}404.html").ok
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").inner_text() == title


@pytest.mark.parametrize("path", [
    page_url(language, Path(name)) for language in LANGUAGES
    for name in ["index.md", "no_grad.md", "errors.md", "measurements.md"]
])
def test_no_serious_accessibility_violation(page, sites, path):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(sites["root"] + path)
    violations = Axe().run(page).response["violations"]
    serious = [f"{v['id']} ({v['impact']}): {v['help']}, {len(v['nodes'])} nodes"
               for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == []
