"""The offline copy (OFFLINE=true, hooks/offline.py): the site read from disk, with no server.

.ci/deploy zips one per published version (tests/test_versions.py checks the archives);
here the pinned torch's archive is unzipped and opened from file:// in Debian's Chromium,
as a reader who downloaded it would.
"""

import io
import subprocess
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from guide import TORCH_MINOR
from test_browser import browser  # noqa: F401  (the fixture: Chromium, or skip/fail without it)


@pytest.fixture(scope="module")
def offline_site(deployed_repo, tmp_path_factory):
    archive = f"gh-pages:{TORCH_MINOR}/download/gradient-modes-{TORCH_MINOR}-offline.zip"
    data = subprocess.run(["git", "show", archive], cwd=deployed_repo, check=True, capture_output=True).stdout
    folder = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(io.BytesIO(data)) as zip:
        zip.extractall(folder)
    return folder / f"gradient-modes-{TORCH_MINOR}"


def _search(page, query):
    """The result links for `query`, typed into the search box of the open page."""
    page.keyboard.press("/")  # opens the search dialog
    box, results = page.locator("input.md-search__input"), page.locator(".md-search-result__item > a")
    expect(box).to_be_focused()
    box.fill(query)
    results.first.wait_for(state="visible")
    return results.evaluate_all("links => links.map(a => a.href)")


def test_the_offline_copy_reads_from_disk_links_languages_and_search(browser, offline_site):  # noqa: F811
    root = offline_site.as_uri() + "/"
    page = browser.new_page()
    problems = []
    page.on("request", lambda r: r.url.startswith(root) or problems.append(f"request {r.url}"))
    page.on("console", lambda m: m.type == "error" and problems.append(f"console error: {m.text}"))
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))

    page.goto(root + "index.html")
    # Search works from disk (its index is a script, which a file:// page may load), in
    # each language with that language's index.
    found = _search(page, "inferencia")
    assert found and all(url.startswith(root) and not url.startswith(root + "en/") for url in found), found
    page.keyboard.press("Escape")

    page.locator("nav.md-nav--primary a[href='no_grad.html']").first.click()  # a link to another page
    page.wait_for_url(root + "no_grad.html")
    page.locator("a.md-select__link[hreflang=en]").dispatch_event("click")  # the language selector
    page.wait_for_url(root + "en/no_grad.html")
    expect(page.locator("html")).to_have_attribute("lang", "en")

    found = _search(page, "inference")
    assert found and all(url.startswith(root + "en/") for url in found), found
    page.locator(".md-search-result__item > a").first.click()
    page.wait_for_url(found[0])  # the result's page, loaded
    assert page.url.startswith(root + "en/")
    expect(page.locator("h1")).to_have_count(1)
    page.close()
    assert problems == []


def test_a_blocks_download_link_downloads_its_file_from_disk(browser, offline_site):  # noqa: F811
    """From file://, Chromium opens a link to a .py file as text and ignores `download`: the
    offline copy's links carry the file as a data: URL (hooks/page_html.py)."""
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto((offline_site / "en" / "no_grad.html").as_uri())
    link = page.locator("a.snippet-download").first
    path = link.inner_text()
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename == path.rsplit("/", 1)[-1]
    assert Path(download.value.path()).read_bytes() == (offline_site / "snippets" / path).read_bytes()
    context.close()


def test_the_offline_copy_runs_under_its_content_security_policy(browser, offline_site):  # noqa: F811
    """hooks/csp.py: read from file://, the pages keep their policy, and search (its index a
    script from the site) runs at both folder depths with no violation."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    root = offline_site.as_uri() + "/"
    context = browser.new_context()
    problems = []
    context.expose_binding("__cspViolation", lambda source, text: problems.append(f"{source['frame'].url}: {text}"))
    context.add_init_script('addEventListener("securitypolicyviolation", (event) => __cspViolation('
                            '`${event.effectiveDirective} blocked ${event.blockedURI} ${event.sample}`))')
    page = context.new_page()
    page.on("console", lambda m: "Content Security Policy" in m.text and problems.append(f"{page.url}: {m.text}"))
    for path, query in [("index.html", "inferencia"), ("en/no_grad.html", "inference")]:
        page.goto(root + path)
        policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
        assert "script-src 'self' 'sha256-" in policy and "unsafe" not in policy, policy
        try:
            _search(page, query)
        except PlaywrightTimeoutError:  # the console says why (a blocked script, say)
            problems.append(f"{path}: no search results for {query!r}")
    context.close()
    assert problems == []


@pytest.mark.build
def test_the_offline_copy_has_no_download_link_and_no_third_party_script(offline_site):
    wrong = [str(path.relative_to(offline_site)) for path in sorted(offline_site.rglob("*.html"))
             if "data-offline-archive" in (text := path.read_text(encoding="utf-8")) or "unpkg.com" in text]
    assert wrong == []
