"""The built site in Debian's Chromium, as a reader uses it: both languages, served locally.

Needs /usr/bin/chromium (`apt-get install -y chromium`); without it these tests are
skipped with that reason, except in CI (CI=true), where they fail. The last tests read
what a browser is given (the <head>, the footer, the sitemap) from the built HTML: they
need no browser.
"""

import ast
import functools
import json
import http.server
import os
import re
import threading
import time
import xml.etree.ElementTree as ElementTree
from contextlib import ExitStack
from html import unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from playwright.sync_api import expect

import compat
import guide
from benchmarks import search_quality
from guide import (
    DOCS, ERROR_INDEX, LANGUAGES, SNIPPETS, TORCH_MINOR, error_entries, included_files, includes, is_notebook, site_name, page_url, pages,
)
from snippet_runner import is_output_line

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]
VERSION_PREFIX = f"{TORCH_MINOR}/"  # how mike publishes a version


ALL_PAGES = [page_url(language, page) for language in LANGUAGES for page in pages(language=language)]
TABS = 6  # pages loaded at once by the test that visits every page
PHONE = {"width": 375, "height": 812}
FAVICON = "assets/images/favicon.png"  # the browser asks for it once a page has loaded: its last request
expect.set_options(timeout=15_000)  # expect()'s retrying assertions; 5 s by default, short on a busy 2-core machine
POLL_TIMEOUT_S = 15


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


def _serve(directory: Path, not_found: Path) -> str:
    handler = functools.partial(_StaticHostHandler, not_found.read_bytes(), directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}/"


class _StaticHostHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files; for a miss, the site's root 404.html, with status 404, as static hosts do."""

    def __init__(self, not_found: bytes, *args, **kwargs):
        self.not_found = not_found
        super().__init__(*args, **kwargs)

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.not_found)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(self.not_found)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def sites(built_site, tmp_path_factory):
    """The site at a server's root, and under a version prefix as mike publishes it."""
    prefixed = tmp_path_factory.mktemp("prefixed")
    (prefixed / VERSION_PREFIX.strip("/")).symlink_to(built_site.site)
    not_found = built_site.site / "404.html"
    return {"root": _serve(built_site.site, not_found), "prefix": _serve(prefixed, not_found) + VERSION_PREFIX}


def _context(browser, **options):
    """A browser context whose reader has already chosen a language: the offer of the other
    one (links.js) is tested on its own, and elsewhere would cover the foot of the screen."""
    context = browser.new_context(**options)
    context.add_init_script(f"try {{ localStorage.setItem({LANGUAGE_CHOICE!r}, 'es') }} catch {{}}")
    return context


LANGUAGE_CHOICE = "gradient-modes-language"  # links.js's localStorage key


@pytest.fixture
def page(browser):
    context = _context(browser, permissions=["clipboard-read", "clipboard-write"])
    yield context.new_page()
    context.close()


def _is_favicon(response) -> bool:
    return response.url.endswith("/" + FAVICON)


def _open(page, url):
    """Go to `url` and wait until the browser has made its last request for it, the favicon,
    which it asks for after the page's load event (an explicit condition: no network-idle guess)."""
    with page.expect_response(_is_favicon):
        page.goto(url)


def _poll(target, function, expected, arg=None):
    """What `function` (JavaScript, evaluated on `target`, a page or a locator; it may return
    a promise) returns once that equals `expected`, else what it returns after POLL_TIMEOUT_S:
    expect()'s retrying, for values no locator assertion reads. `assert _poll(...) == expected`
    then shows the last value read."""
    deadline = time.monotonic() + POLL_TIMEOUT_S
    while (value := target.evaluate(function, arg)) != expected and time.monotonic() < deadline:
        time.sleep(0.1)
    return value


def _visit_every_page(context, base, watch, loaded=lambda tab, path: None):
    """Load every page of both languages, TABS at once, in tabs that each go on to their next
    page (a new tab costs a renderer's start). watch(tab, where) adds a tab's listeners; where()
    names the page it shows. loaded(tab, path) runs once a page has loaded and has made its last
    request, for its favicon."""
    tabs, showing = [context.new_page() for _ in range(TABS)], {}
    for tab in tabs:
        watch(tab, lambda tab=tab: showing[tab])
    for start in range(0, len(ALL_PAGES), TABS):  # the tabs' loads overlap
        batch = list(zip(tabs, ALL_PAGES[start:start + TABS]))
        with ExitStack() as last_requests:  # leaving it waits for each tab's favicon response
            for tab, path in batch:
                showing[tab] = path
                last_requests.enter_context(tab.expect_response(_is_favicon))
                tab.goto(base + path, wait_until="commit")
        for tab, path in batch:
            tab.wait_for_load_state("load")
            loaded(tab, path)
    for tab in tabs:
        tab.close()


CSP_REPORTER = """addEventListener("securitypolicyviolation", (event) => __cspViolation(
  `${event.effectiveDirective} blocked ${event.blockedURI || "?"} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`));"""
CSP_STATE = """() => {
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  const first = meta && [...document.querySelectorAll("script, link, style")]
    .every((element) => meta.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  return meta ? [meta.content, first] : ["", false];
}"""


def _csp_problems(path, policy_and_first) -> list[str]:
    """What is wrong with a page's policy: missing, after a script or stylesheet, or lax."""
    policy, first = policy_and_first
    directives = {name: values for name, *values in (d.split() for d in policy.split(";") if d.strip())}
    scripts, styles = directives.get("script-src", []), directives.get("style-src", [])
    wrong = [] if policy else [f"{path}: no Content-Security-Policy <meta>"]
    if policy and not first:
        wrong.append(f"{path}: the policy <meta> comes after a script or stylesheet")
    if policy and (not scripts or {"'unsafe-inline'", "'unsafe-eval'", "*"} & {*scripts, *styles}):
        wrong.append(f"{path}: lax policy {policy!r}")
    return wrong


def test_no_page_breaks_its_policy_requests_another_site_or_logs_an_error(page, sites):
    """One visit of every page of both languages (and a search in each language, with its
    index): no request leaves the site, no response fails, no console or page
    error; and hooks/csp.py's policy, with no 'unsafe-inline', is on every page, first in
    its <head>, and never violated (a securitypolicyviolation event is reported to the test
    as it fires, from any frame). Both 404 pages keep the policy too."""
    base, problems = sites["root"], []
    report = problems.append
    page.context.expose_binding("__cspViolation", lambda source, text: report(f"{source['frame'].url}: {text}"))
    page.context.add_init_script(CSP_REPORTER)

    def watch(tab, where):
        tab.on("request", lambda r: r.url.startswith(base) or report(f"{where()}: third-party request {r.url}"))
        tab.on("response", lambda r: r.status >= 400 and report(f"{where()}: {r.status} {r.url}"))
        tab.on("console", lambda m: m.type == "error" and report(f"{where()}: console error: {m.text}"))
        tab.on("pageerror", lambda error: report(f"{where()}: page error: {error}"))

    def check_the_policy(tab, path):
        problems.extend(_csp_problems(path, tab.evaluate(CSP_STATE)))

    _visit_every_page(page.context, base, watch, check_the_policy)
    for language in LANGUAGES:  # the search index loads when a search starts (search.js)
        path = page_url(language, Path("index.md"))
        tab = page.context.new_page()
        watch(tab, lambda: f"{path} (a search)")
        assert _search(tab, base + path, ["no_grad"])[0]
        check_the_policy(tab, f"{path} (a search)")
        tab.close()
    # The root 404.html, served for any missing page; under en/ its inline script sends the reader on.
    page.on("console", lambda m: "Content Security Policy" in m.text and report(f"a 404 page: {m.text}"))
    for path, landing in [("missing/", "missing/"), ("en/missing/", "en/404.html")]:
        page.goto(base + path)
        page.wait_for_url(base + landing)
        page.wait_for_load_state("load")
        check_the_policy(page, path)
    assert problems == []


@pytest.mark.parametrize("server", ["root", "prefix"])
def test_language_switcher_leads_to_the_same_page(page, sites, server):
    """The switcher's links are static HTML (overrides/partials/alternate.html): read them
    over HTTP and resolve them as the browser does. Clicking one is
    test_language_switcher_keeps_the_section_being_read."""
    base, wrong = sites[server], []
    for page_file in pages(language=LANGUAGES[0]):
        paths = {language: page_url(language, page_file) for language in LANGUAGES}
        for language, other in [LANGUAGES, LANGUAGES[::-1]]:
            url = base + paths[language]
            link = re.search(rf'<a href="([^"]*)" hreflang="{other}" class="md-select__link">', page.request.get(url).text())
            target = link and urljoin(url, link[1])
            if target != base + paths[other] or not page.request.get(target).ok:
                wrong.append(f"{url} -> {target}, expected {base + paths[other]}")
    assert wrong == []


def _search(page, url, queries):
    """For each query, pasted in turn into the search box of `url`, its result links."""
    page.goto(url)  # to the load event
    page.keyboard.press("/")  # opens the search dialog
    box, results = page.locator("input.md-search__input"), page.locator(".md-search-result__item > a")
    expect(box).to_be_focused()
    answers = []
    for query in queries:
        for text, state in [("", "detached"), (query, "visible")]:  # clear first: no stale results
            box.fill(text)  # one input event, as a paste makes
            results.first.wait_for(state=state)
        answers.append([urlsplit(href) for href in results.evaluate_all("links => links.map(a => a.href)")])
    return answers


def test_the_search_index_downloads_only_when_a_search_starts(page, sites):
    """The ranking (search-engine.js) and the language's own index (hooks/search.py), once;
    never Material's index or worker (overrides/partials/search.html leaves its bundle no
    search to mount)."""
    fetched = []
    page.on("request", lambda r: "search" in r.url and fetched.append(r.url.removeprefix(sites["root"])))
    _open(page, sites["root"] + page_url("en", Path("no_grad.md")))
    assert fetched == ["assets/javascripts/search.js"]  # no index for a reader who never searches
    page.keyboard.press("/")
    page.keyboard.type("no_grad")
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.type(" inference_mode")
    page.wait_for_load_state("networkidle")
    assert fetched[0] == "assets/javascripts/search.js"
    assert sorted(fetched[1:]) == ["assets/javascripts/search-engine.js", "search/en.js"]


@pytest.mark.parametrize("viewport, how", [  # a phone's long-press paste, a desktop drop, autofill
    (PHONE, "insertFromPaste"), ({"width": 1366, "height": 900}, "insertFromDrop"), (PHONE, "insertReplacementText")])
def test_a_query_entered_without_a_key_event_searches(page, sites, viewport, how):
    """Search reads the box on every input event (docs/assets/javascripts/search.js), so a
    long-press paste on a phone, a drop or autofill searches (Material's read keyup only)."""
    page.set_viewport_size(viewport)
    page.goto(sites["root"] + page_url("es", Path("index.md")))
    box = page.locator("input.md-search__input")
    if viewport == PHONE:
        page.locator("label.md-header__button[for=__search]").click()  # the search icon
    else:
        box.click()  # the search box in the header
    expect(box).to_be_focused()
    box.press_sequentially("checkpoint")  # typed: the index loads and the results show
    results = page.locator(".md-search-result__item")
    expect(results.first).to_contain_text("checkpoint", ignore_case=True)
    box.evaluate("""(box, how) => {
        box.value = 'inference_mode';
        box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: how, data: null}));
      }""", how)
    expect(results.first).to_contain_text("inference_mode")


def test_a_code_blocks_copy_button_is_a_44_px_target_on_a_touch_screen(browser, sites):
    context = _context(browser, viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(sites["root"] + page_url("es", Path("no_grad.md")))
    block = page.locator("div.highlight:not(details.compat *)").first
    block.scroll_into_view_if_needed()
    button = block.locator("button.md-code__button[data-md-type=copy]")
    button.wait_for()
    x, y = button.evaluate("b => { const r = b.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }")
    corners = [(x + dx, y + dy) for dx in (-21, 21) for dy in (-21, 21)]
    hits = [page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('button.md-code__button') !== null", c)
            for c in corners]
    context.close()
    assert hits == [True] * 4, f"a tap 21 px from the icon's centre misses the button: {hits}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_tables_fit_a_phone_each_row_a_card(page, sites, language):
    """Each "I want to... / Use / Why" row fits 375 px as a card: task, then what to use, then the proof."""
    page.set_viewport_size(PHONE)
    page.goto(sites["root"] + page_url(language, Path("index.md")))
    tables = page.locator("article .decision-table table")
    expect(tables).to_have_count(2)
    layout = tables.evaluate_all("""tables => tables.map(t => {
        const wrap = t.closest('.md-typeset__scrollwrap') || t.parentElement;
        const row = t.querySelector('tbody tr'), [task, use, why] = [...row.cells].map(c => c.getBoundingClientRect());
        return [t.scrollWidth <= wrap.clientWidth, task.bottom <= use.top + 1 && use.bottom <= why.top + 1];
      })""")
    assert layout == [[True, True], [True, True]], layout


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_site_name_reads_whole_in_a_phones_header(page, sites, language):
    page.set_viewport_size(PHONE)
    page.goto(sites["root"] + page_url(language, Path("index.md")))
    name = page.locator(".md-header__topic").first.locator(".md-ellipsis")
    expect(name).to_have_text(site_name(language))
    cut = name.evaluate("e => e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight + 1")
    assert not cut, "Material's header cuts the site's name short"


@pytest.mark.parametrize("language, locale", [("es", "en-US"), ("en", "es-ES")])
def test_a_reader_whose_browser_prefers_the_other_language_is_offered_it_until_they_choose(
        browser, sites, language, locale):
    other = next(lang for lang in LANGUAGES if lang != language)
    context = browser.new_context(viewport=PHONE, locale=locale)
    page = context.new_page()
    url = sites["root"] + page_url(language, Path("no_grad.md"))
    page.goto(url)
    offer = page.locator("aside.language-offer")
    expect(offer).to_be_visible()
    expect(offer.locator(f"p[lang={other}] a[hreflang={other}]")).to_have_attribute(
        "href", re.compile(re.escape(page_url(other, Path("no_grad.md"))) + "$"))
    expect(offer).to_contain_text(guide.site_text(language)["scripts"]["offer"])
    offer.locator("button").click()  # stays: chosen
    expect(offer).to_have_count(0)
    page.reload()
    page.wait_for_load_state("load")
    expect(page.locator("aside.language-offer")).to_have_count(0)
    context.close()

    context = browser.new_context(locale=f"{language}-XX")  # the browser prefers this page's language
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("load")
    expect(page.locator("aside.language-offer")).to_have_count(0)
    context.close()


def test_following_a_language_link_is_a_choice_and_the_offer_does_not_come_back(browser, sites):
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    page.goto(sites["root"] + page_url("es", Path("no_grad.md")))
    expect(page.locator("aside.language-offer")).to_be_visible()
    page.locator("aside.language-offer a").click()
    page.wait_for_url("**/en/no_grad/")
    page.go_back()
    page.wait_for_load_state("load")
    expect(page.locator("aside.language-offer")).to_have_count(0)
    context.close()


def test_a_search_link_with_q_opens_its_results(page, sites):
    page.goto(sites["root"] + page_url("en", Path("index.md")) + "?q=checkpoint")
    expect(page.locator("input.md-search__input")).to_have_value("checkpoint")
    expect(page.locator(".md-search-result__item").first).to_be_visible()


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
    # The collapsed torch-version notes hold diffs, not snippets.
    blocks = page.locator("div.highlight:not(details.compat *)")
    expect(blocks).to_have_count(len(targets))
    for block, target in zip(blocks.all(), targets):
        block.scroll_into_view_if_needed()  # Material adds the button once the block is on screen
        block.locator("button.md-code__button[data-md-type=copy]").click()
        expected = re.sub(r"[ \t]*# \(\d+\)!", "", (SNIPPETS / target).read_text()).rstrip("\n")  # no trailing spaces
        copied = _poll(page, "() => navigator.clipboard.readText()", expected)  # the copy is asynchronous
        assert copied == expected, target
        ast.parse(copied)


@pytest.mark.parametrize("language", LANGUAGES)
def test_code_buttons_and_notes_appear_on_screen_with_their_names(page, sites, language):
    """Material adds a block's buttons and annotations as it scrolls into view (content.lazy:
    less work at load on a phone); a11y.js names each as it appears."""
    page.set_viewport_size(PHONE)
    page.goto(sites["root"] + page_url(language, Path("no_grad.md")))
    blocks = page.locator(".highlight pre")
    assert page.locator(".md-code__nav").count() < blocks.count()  # not all at load
    for block in blocks.all():
        if block.is_visible():  # a block in a closed tab or torch-version note shows nothing
            block.scroll_into_view_if_needed()
            block.locator(".md-code__nav").wait_for(state="attached")
    word = {"es": ("Bloque de código", "Nota"), "en": ("Code block", "Note")}[language]
    navs, notes = page.locator(".md-code__nav"), page.locator("a.md-annotation__index")
    for locator, name in [(navs, word[0]), (notes, word[1])]:
        assert locator.count() > 0
        for control in locator.all():  # a11y.js names each as it appears
            expect(control).to_have_attribute("aria-label", re.compile(rf"^{name} "))
    labels = navs.evaluate_all("navs => navs.map(nav => nav.getAttribute('aria-label'))")
    assert len(set(labels)) == len(labels)


def test_tab_from_a_code_block_reaches_its_copy_button(page, sites):
    """A block first reached by Tab is set up then (content.lazy): its buttons must come next."""
    page.set_viewport_size(PHONE)
    page.goto(sites["root"] + page_url("en", Path("no_grad.md")))
    block = page.locator(".highlight pre:visible").last
    expect(block.locator(".md-code__nav")).to_have_count(0)  # below the fold: not set up yet
    block.locator("code").focus()  # as Tab does: focus scrolls it into view
    block.locator(".md-code__nav").wait_for(state="attached")
    page.keyboard.press("Tab")
    expect(block.locator(".md-code__nav:focus-within")).to_have_count(1)  # the focus is in its buttons


@pytest.mark.parametrize("language", LANGUAGES)
def test_dark_mode_switches_the_color_scheme(page, sites, language):
    page.goto(sites["root"] + page_url(language, Path("no_grad.md")))
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    page.locator("form[data-md-component=palette] label:visible").click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")


NOT_FOUND = {"es": "404: página no encontrada", "en": "404: page not found"}


@pytest.mark.parametrize("language, title", NOT_FOUND.items())
def test_404_page_exists_in_both_languages(page, sites, language, title):
    folder = "" if language == LANGUAGES[0] else f"{language}/"
    assert page.goto(f"{sites['root']}{folder}404.html").ok
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("h1")).to_have_text(title)
    expect(page).to_have_title(re.compile("^" + re.escape(title)))


@pytest.mark.parametrize("server", ["root", "prefix"])
def test_a_missing_english_page_gets_the_english_404(page, sites, server):
    """Static hosts serve the root (Spanish) 404.html for every miss; it sends en/ misses on."""
    base = sites[server]
    page.goto(base + "no-such-page/")
    expect(page.locator("h1")).to_have_text(NOT_FOUND["es"])
    page.goto(base + "en/no-such-page/")
    page.wait_for_url(base + "en/404.html")
    expect(page.locator("h1")).to_have_text(NOT_FOUND["en"])


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


@pytest.mark.parametrize("language, viewport", [("es", PHONE), ("en", {"width": 1366, "height": 900})])
def test_the_search_dialog_with_results_has_no_serious_accessibility_violation(page, sites, language, viewport):
    from axe_playwright_python.sync_playwright import Axe

    page.set_viewport_size(viewport)
    _search(page, sites["root"] + page_url(language, Path("index.md")), ["no_grad memory"])
    page.keyboard.press("ArrowDown")  # a result focused: its own colours
    expect(page.locator(".md-search-result__link").first).to_be_focused()
    violations = Axe().run(page).response["violations"]
    assert [f"{v['id']} ({v['impact']}): {v['help']}" for v in violations if v["impact"] in ("serious", "critical")] == []


def test_the_search_reads_words_as_the_index_does(page, sites, built_site):
    """hooks/search.py (Python) writes the index, search-engine.js reads the reader's query:
    both must cut and fold words alike (accents, "_" at either end, versions, names with
    numbers) and leave out the same stop words."""
    import search

    text = "¿Cómo CONGELO las capas? requires_grad_ torch.no_grad() 2.13.0 BatchNorm2d Ñandú déjà-vu the of"
    expected = list(dict.fromkeys(w for w in map(search.fold, search.WORD.findall(text)) if w and w not in search.stop_words()))
    _search(page, sites["root"] + page_url("es", Path("index.md")), ["no_grad"])
    script = (built_site.site / "search" / "es.js").read_text(encoding="utf-8")
    data = json.loads(script[script.index("{"):script.rindex("}") + 1])
    found = page.evaluate("([data, text]) => window.searchEngine.create(data, location.href).words(text)", [data, text])
    assert found == expected


def test_words_that_name_javascript_object_properties_search_like_any_word(page, sites):
    """The index's tables have no prototype: "constructors" once matched Object's
    `constructor` and stopped the search with a page error."""
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    _search(page, sites["root"] + page_url("en", Path("index.md")), ["module constructors no_grad", "toString no_grad"])
    assert errors == []


STOP_WORDS = {"a", "an", "in", "is", "of", "to", "the", "and", "that", "de", "la", "el", "en", "un", "una", "que"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_pasted_error_highlights_its_words_not_stop_words(page, sites, language):
    error = next(e for e in error_entries((DOCS / language / ERROR_INDEX).read_text()) if e.message.endswith("."))
    _search(page, sites["root"] + page_url(language, Path("index.md")), [error.message])
    in_result = page.locator(".md-search-result mark").all_inner_texts()
    page.locator(f".md-search-result__item > a[href*='#{error.anchor}']").first.click()
    page.wait_for_url(f"**#{error.anchor}")
    marks = page.locator("article.md-content__inner mark")
    marks.first.wait_for()
    words = [word.lower() for text in marks.all_inner_texts() for word in text.split()]
    assert words and not [word for word in words if word in STOP_WORDS or len(word) < 3]
    assert in_result and not [word for word in in_result if word.lower() in STOP_WORDS]


@pytest.mark.parametrize("server", ["root", "prefix"])
def test_language_switcher_keeps_the_section_being_read(page, sites, server):
    base = sites[server]
    page.goto(base + page_url("es", Path("no_grad.md")) + "#decorator")
    page.locator(".md-header__option .md-select").hover()
    page.locator("a.md-select__link[hreflang=en]").click()
    page.wait_for_url(base + page_url("en", Path("no_grad.md")) + "#decorator")
    page.evaluate("location.hash = '#thread-local'")  # a section chosen on the page
    page.locator(".md-header__option .md-select").hover()
    page.locator("a.md-select__link[hreflang=es]").click()
    page.wait_for_url(base + page_url("es", Path("no_grad.md")) + "#thread-local")



@pytest.mark.parametrize("path", [page_url(language, Path(name)) for language in LANGUAGES for name in ["index.md", "api.md"]])
def test_tables_read_on_a_phone(page, sites, path):
    """Code names in table cells are never split across lines, and a table wider than the
    screen scrolls sideways instead of hiding columns or widening the page."""
    page.set_viewport_size(PHONE)
    page.goto(sites["root"] + path)
    expect(page.locator("article table").first).to_be_visible()
    split = _poll(page, "() => [...document.querySelectorAll('article table code')]"
                        ".filter(code => code.getClientRects().length > 1).map(code => code.textContent)", [])
    hidden = _poll(page, """() => [...document.querySelectorAll('article table')].filter(table => {
        if (table.getBoundingClientRect().right <= innerWidth) return false;
        for (let box = table; box; box = box.parentElement) {
          if (["auto", "scroll"].includes(getComputedStyle(box).overflowX) && box.scrollWidth > box.clientWidth
              && box.getBoundingClientRect().right <= innerWidth) return false;
        }
        return true;
      }).length""", 0)
    assert split == [] and hidden == 0
    width = "() => document.documentElement.scrollWidth"
    assert _poll(page, f"() => ({width})() <= {PHONE['width']}", True), page.evaluate(width)


@pytest.mark.parametrize("path", [page_url(language, name) for language in LANGUAGES
                                  for name in (ERROR_INDEX, Path("no_grad.md"))])  # no_grad: output under a highlighted line
def test_long_output_lines_wrap_on_a_phone(page, sites, path):
    """Every printed line wraps at the block's edge, a torch message with two spaces in it
    too; only a table's rows (columns that line up with the next row's) scroll instead."""
    page.set_viewport_size(PHONE)
    page.goto(sites["root"] + path)
    clipped = _poll(page, """() => [...document.querySelectorAll('.highlight .c1:not([data-columns])')]
      .filter(comment => comment.textContent.startsWith('#>'))
      .filter(comment => {
        const code = comment.closest('code'), box = code.getBoundingClientRect();
        const right = box.right - parseFloat(getComputedStyle(code).paddingRight);
        return [...comment.getClientRects()].some(rect => rect.right > right + 1);
      }).map(comment => comment.textContent)""", [])
    assert clipped == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_printed_columns_stay_in_line_on_a_phone(page, sites, language):
    """A printed table (requires_grad/12: optimizer, then "unchanged:") keeps each row on one
    line and its columns under each other; its block scrolls sideways instead."""
    page.set_viewport_size(PHONE)
    page.goto(sites["root"] + page_url(language, Path("requires_grad.md")))
    label = {"es": "sin cambios:", "en": "unchanged:"}[language]
    rows = page.evaluate("""label => [...document.querySelectorAll('.c1.output[data-columns]')]
      .filter(row => row.textContent.includes(label))
      .map(row => [row.getClientRects().length, row.textContent.indexOf(label)])""", label)
    assert len(rows) == 4 and all(lines == 1 for lines, _ in rows) and len({column for _, column in rows}) == 1, rows


@pytest.mark.parametrize("width", [PHONE["width"], 1366])
def test_the_torch_notes_diffs_and_exceptions_wrap_at_the_block_edge(page, sites, width):
    page.set_viewport_size({**PHONE, "width": width})
    page.goto(sites["root"] + page_url("en", Path("checkpointing.md")))
    page.evaluate("() => document.querySelectorAll('details.compat').forEach(note => { note.open = true; })")
    clipped = _poll(page, """() => [...document.querySelectorAll('details.compat pre > code')]
      .filter(code => code.scrollWidth > code.clientWidth + 1).map(code => code.textContent.slice(0, 80))""", [])
    assert clipped == []


def test_checklist_boxes_that_cannot_be_ticked_do_not_look_like_boxes(page, sites):
    page.goto(sites["root"] + page_url("en", Path("checklist.md")))
    disabled, enabled, cursor = page.evaluate("""() => {
        const label = document.querySelector('.task-list-control');
        const clickable = label.cloneNode(true);
        clickable.querySelector('input').disabled = false;
        label.after(clickable);
        const icon = (l) => getComputedStyle(l.querySelector('.task-list-indicator'), '::before').maskImage;
        return [icon(label), icon(clickable), getComputedStyle(label).cursor];
      }""")
    assert disabled.startswith("url(") and disabled != enabled and cursor != "pointer"


def test_checklist_boxes_do_not_react_to_the_pointer(page, sites):
    """Read-only boxes: the pointer over one finds no control, and neither hover nor tap changes it."""
    page.goto(sites["root"] + page_url("en", Path("checklist.md")))
    look = """() => {
        const box = getComputedStyle(document.querySelector('.task-list-indicator'), '::before');
        return [box.backgroundColor, box.maskImage, box.opacity];
      }"""
    before = page.evaluate(look)
    x, y = page.locator(".task-list-control input").first.evaluate(
        "i => { const r = i.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }")
    page.mouse.move(x, y)
    page.wait_for_function("""() => document.querySelector('.task-list-control').getAnimations({subtree: true})
                                 .every(animation => animation.playState !== 'running')""")  # a hover transition ended
    hit, cursor, flash = page.evaluate("""([x, y]) => {
        const hit = document.elementFromPoint(x, y), label = document.querySelector('.task-list-control');
        return [hit.closest('.task-list-control') === null, getComputedStyle(hit).cursor,
                getComputedStyle(label).webkitTapHighlightColor];
      }""", [x, y])
    assert hit, "the pointer over a read-only box finds its label or checkbox: it looks clickable"
    assert cursor != "pointer" and flash == "rgba(0, 0, 0, 0)"
    assert page.evaluate(look) == before, "the box changes on hover"


# The built pages' <head> and footer, read from the HTML (no browser needed).

def _site_url() -> str:
    return guide.mkdocs_config().site_url


def _head(html: str) -> dict:
    head = html.split("</head>")[0]
    meta = {name: unescape(value) for name, value in re.findall(r'<meta (?:name|property)="([^"]+)" content="([^"]*)"', head)}
    title = unescape(re.search(r"<title>(.*?)</title>", head)[1])
    hreflang = dict(re.findall(r'<link rel="alternate\s*" hreflang="([^"]+)" href="([^"]+)"', head))
    return {"meta": meta, "title": title, "hreflang": hreflang}


def _built(built_site, language, page) -> str:
    return (built_site.site / page_url(language, page) / "index.html").read_text(encoding="utf-8")


@pytest.mark.build
def test_every_page_has_its_own_description_and_open_graph_tags(built_site):
    descriptions = {}
    for language in LANGUAGES:
        for page in pages(language=language):
            head = _head(_built(built_site, language, page))
            meta, where = head["meta"], f"docs/{language}/{page}"
            descriptions[where] = meta.get("description", "")
            assert 0 < len(descriptions[where]) <= 161, where
            assert meta["og:description"] == descriptions[where] and meta["og:title"] == head["title"], where
            assert meta["og:type"] == "website" and meta["og:locale"].startswith(language), where
            assert meta["og:url"] == urljoin(_site_url(), page_url(language, page)), where
    repeated = [where for where, text in descriptions.items() if list(descriptions.values()).count(text) > 1]
    assert repeated == []
    not_found = [_head((built_site.site / folder / "404.html").read_text(encoding="utf-8")) for folder in ["", "en"]]
    assert not_found[0]["meta"]["description"] != not_found[1]["meta"]["description"]  # each site its own


@pytest.mark.build
def test_every_page_has_its_hreflang_alternates_in_the_sitemap_and_none_in_its_head(built_site):
    namespaces = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    sitemap = {
        url.findtext("s:loc", namespaces=namespaces): {link.get("hreflang"): link.get("href") for link in url.findall("x:link", namespaces)}
        for url in ElementTree.parse(built_site.site / "sitemap.xml").getroot()
    }
    for language in LANGUAGES:
        for page in pages(language=language):
            expected = {lang: urljoin(_site_url(), page_url(lang, page)) for lang in LANGUAGES}
            expected["x-default"] = expected[LANGUAGES[0]]
            assert _head(_built(built_site, language, page))["hreflang"] == {}, f"docs/{language}/{page}: " \
                "a <link rel=alternate> in <head> makes Material fetch a sitemap.xml next to the page"
            assert sitemap[expected[language]] == expected, f"sitemap.xml, docs/{language}/{page}"


@pytest.mark.build
def test_spanish_pages_show_no_english_theme_text(built_site):
    spanish = [built_site.site / page_url("es", page) / "index.html" for page in pages(language="es")]
    for path in [*spanish, built_site.site / "404.html"]:
        html = path.read_text(encoding="utf-8")
        assert "Permanent link" not in html and "Made with" not in html, path


@pytest.mark.build
def test_the_verified_outputs_footer_is_only_on_pages_that_show_outputs(built_site):
    def shows_outputs(language, page):
        text = (DOCS / language / page).read_text()
        return is_notebook(text) or any(
            is_output_line(line) for target in included_files(text) for line in (SNIPPETS / target).read_text().splitlines()
        )

    wrong = [
        f"docs/{language}/{page}" for language in LANGUAGES for page in pages(language=language)
        if ("md-copyright__highlight" in _built(built_site, language, page)) != shows_outputs(language, page)
    ]
    assert wrong == []
    for folder in ["", "en"]:
        assert "md-copyright__highlight" not in (built_site.site / folder / "404.html").read_text(encoding="utf-8")


@pytest.mark.build
def test_both_home_pages_are_titled_with_the_site_name_alone(built_site):
    for language in LANGUAGES:
        head = _head(_built(built_site, language, Path("index.md")))
        assert head["title"] == head["meta"]["og:site_name"]


# --- The measurements notebook (issue 14, item 4): theme-following figures, the theme's code blocks ---

COPY_TITLE = {"es": "Copiar al portapapeles", "en": "Copy to clipboard"}  # Material's, in each language


@pytest.mark.parametrize("language", LANGUAGES)
def test_notebook_figures_follow_the_dark_scheme_and_code_has_the_theme_copy_button(browser, sites, language):
    context = _context(browser, color_scheme="dark", permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(sites["root"] + page_url(language, Path("measurements.md")))
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    figures = page.locator(".jp-RenderedSVG img")
    expect(figures).to_have_count(2)
    for figure in figures.all():
        expect(figure).to_have_css("filter", re.compile(r"invert\(1\)"))  # dark ink turns light
        figure.scroll_into_view_if_needed()
        assert _poll(figure, "img => img.complete && img.naturalWidth > 0", True)  # loaded, not broken
    blocks = page.locator(".jupyter-wrapper .highlight pre")
    assert blocks.count() > 0
    for block in blocks.all():
        block.scroll_into_view_if_needed()  # Material adds the button once the block is on screen
        block.locator("button[data-md-type=copy]").wait_for()
    code = page.locator(".jupyter-wrapper .highlight pre > code")
    button = page.locator(".jupyter-wrapper button[data-md-type=copy]").first
    expect(button).to_have_attribute("title", COPY_TITLE[language])
    button.click()
    expected = code.first.inner_text().rstrip("\n")
    assert _poll(page, "() => navigator.clipboard.readText()", expected) == expected
    context.close()


# --- Natural questions find the section that answers them (issue 14, item 8) ---

def _other_wordings(entry) -> set[str]:
    """Wordings of the entry's message that other torch minors printed (docs/assets/compat):
    lines of its snippets' recorded output that start like the message but read differently."""
    start = " ".join(entry.message.split()[:4])
    records = [(compat.load(minor) or {}).get("snippets", {}) for minor in compat.MINORS]
    return {line for record in records for target in entry.snippets
            for _, text in record.get(guide.model.program_name(target), {}).get("writes", []) for line in text.splitlines()
            if line.startswith(start) and line not in entry.printed}


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_older_torch_wording_of_an_error_finds_its_entry_first_or_second(page, sites, language):
    index = page_url(language, ERROR_INDEX)
    wordings = [(entry, old) for entry in error_entries((DOCS / language / ERROR_INDEX).read_text())
                for old in sorted(_other_wordings(entry))]
    answers = _search(page, sites["root"] + page_url(language, Path("index.md")), [old for _, old in wordings])
    missed = []
    for (entry, old), results in zip(wordings, answers):
        first_two = [f"{result.path.lstrip('/')}#{result.fragment}" for result in results[:2]]
        if f"{index}#{entry.anchor}" not in first_two:
            missed.append(f"{old!r} gave {first_two}")
    # 2.0-2.8 word "Inference tensors cannot be saved for backward" differently: at least that one.
    assert wordings and missed == [], "\n".join(missed)


def test_the_query_set_meets_the_search_goal(page, sites):
    """The questions readers ask (tests/search_queries.yaml), each pasted into the search of
    its language, score the goal (README, "Search") in each language: the benchmark's
    measure, with the query entered at once rather than typed key by key (the same final
    query; tests/benchmarks/search_quality.py types it, for the README's numbers)."""
    queries = yaml.safe_load(search_quality.QUERIES.read_text(encoding="utf-8"))
    scores = search_quality.measure(page.context.browser, sites["root"], queries, search_quality.pasted)
    below = {language: f"first {first:.0%}, within 5 {top5:.0%}" for language, (first, top5, _) in scores.items()
             if first < search_quality.GOAL_FIRST or top5 < search_quality.GOAL_TOP5}
    assert below == {}
