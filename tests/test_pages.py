"""The pages' structure: both languages in step, only tested code, no dead snippets."""

import re
from html import unescape
from pathlib import Path
from posixpath import normpath

import pytest

import guide
from guide import (
    DOCS, LANGUAGES, SNIPPETS, caption_problems, includes, is_notebook, orphan_snippets, page_problems, page_url, pages,
    parity_problems,
)
from gpu_unverified import unverified_cuda


def _assert_none(problems):
    assert not problems, "\n".join(problems)


def test_pages_include_only_snippets_and_every_include_resolves():
    _assert_none(page_problems())


def test_both_languages_have_the_same_pages_snippets_anchors_and_links():
    _assert_none(parity_problems())


def test_every_snippet_has_a_text_in_each_language_that_is_the_same_program():
    _assert_none(guide.translation_problems())


def test_every_snippet_is_shown_on_a_page():
    _assert_none(orphan_snippets())


@pytest.mark.build
def test_strict_build_has_no_warnings(built_site):
    assert built_site.returncode == 0, built_site.log
    warnings = [line for line in built_site.log.splitlines() if line.startswith("WARNING")]
    assert warnings == [], built_site.log
    for language in LANGUAGES:
        for page in pages(language=language):
            built = built_site.site / page_url(language, page) / "index.html"
            assert built.is_file(), f"{built} was not built:\n{built_site.log}"
            if is_notebook((DOCS / language / page).read_text()):
                download = built.parent / page.with_suffix(".ipynb").name
                assert download.is_file(), f"{download}: the notebook is not offered as a download"


@pytest.mark.build
def test_every_cuda_block_not_yet_run_on_a_gpu_says_so_on_the_page(built_site):
    """hooks/gpu_unverified.py puts a warning after each CUDA block no GPU has printed."""
    for language in LANGUAGES:
        for page in pages(language=language):
            expected = sum(
                unverified_cuda(SNIPPETS / target) for target in guide.included_files((DOCS / language / page).read_text())
            )
            html = (built_site.site / page_url(language, page) / "index.html").read_text(encoding="utf-8")
            shown = html.count('class="admonition warning gpu-unverified"')
            assert shown == expected, f"docs/{language}/{page}: {expected} unverified CUDA blocks, {shown} warnings shown"


# --- Code-block titles: a caption, and the snippet's path as a download link (hooks/snippet_links.py) ---

DOWNLOAD_LINK = re.compile(r'<span class="filename">[^<]*<a class="snippet-download" href="(?P<href>[^"]+)" download(?:="[^"]*")? '
                           r'title="[^"]*" aria-label="(?P<label>[^"]*)">(?P<text>[^<]*)</a></span><pre>(?P<code>.*?)</pre>', re.S)
TAG = re.compile(r"<[^>]+>")
DOWNLOAD_LABEL = {"es": "Descargar {path}", "en": "Download {path}"}


def test_code_block_titles_are_captions_not_paths():
    _assert_none(caption_problems())


ANNOTATION_GAP = re.compile(r"[ \t]+(# \(\d+\)!)")


@pytest.mark.build
def test_every_included_block_links_to_its_snippet_as_a_download(built_site):
    """Each block's title links, relative to its page, to a copy of the file the block shows, `#>` lines included."""
    for language in LANGUAGES:
        for page in pages(language=language):
            url = page_url(language, page)
            html = (built_site.site / url / "index.html").read_text(encoding="utf-8")
            targets = [t for t in includes((DOCS / language / page).read_text()) if ":" not in t]
            links = [[unescape(m[g]) for g in ("href", "label", "text")] + [unescape(TAG.sub("", m["code"]))]
                     for m in DOWNLOAD_LINK.finditer(html)]
            assert [text for _, _, text, _ in links] == targets, f"docs/{language}/{page}: blocks without their download link"
            for href, label, path, shown in links:
                assert not href.startswith("/") and "://" not in href, f"{href}: not relative (breaks under a version prefix)"
                assert label == DOWNLOAD_LABEL[language].format(path=path)
                download = built_site.site / normpath(f"{url}{href}")
                assert download.is_file(), f"docs/{language}/{page}: {href} is not in the built site"
                assert download.read_bytes() == (SNIPPETS / path).read_bytes(), f"{download} differs from snippets/{path}"
                # The block drops the spaces before an annotation marker (hooks/page_html.py annotation_markers).
                expected = ANNOTATION_GAP.sub(r"\1", download.read_text(encoding="utf-8"))
                assert shown.strip("\n") == expected.strip("\n"), f"{download}: not what its block shows"


@pytest.mark.build
def test_a_link_text_leads_to_one_place_per_page(built_site):
    """Item 11 of issue 14: "Prueba" x31 leading to 31 places tells a screen-reader user nothing."""
    import re
    from html import unescape

    link = re.compile(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', re.S)
    problems = []
    for language in LANGUAGES:
        for page in pages(language=language):
            html = (built_site.site / page_url(language, page) / "index.html").read_text(encoding="utf-8")
            article = html[html.find("<article"):html.find("</article>")]
            targets: dict[str, set[str]] = {}
            for href, text in link.findall(article):
                if "headerlink" in text or "snippet-download" in href:
                    continue
                label = " ".join(unescape(re.sub(r"<[^>]+>", "", text)).split())
                if label and label != "¶":
                    targets.setdefault(label, set()).add(href)
            problems += [f"docs/{language}/{page}: the link text {label!r} leads to {sorted(hrefs)}"
                         for label, hrefs in targets.items() if len(hrefs) > 1]
    _assert_none(problems)


def test_both_languages_have_every_text_of_the_theme_hooks_and_scripts():
    """mkdocs.yml `extra.text` (Spanish) and the i18n plugin's English `extra.text` replace each
    other whole: a key missing in one would be an error or a blank in that language's pages."""
    spanish, english = (guide.site_text(language) for language in LANGUAGES)
    assert spanish is not english
    for key in ("", "scripts", "compat"):
        keys = [sorted(text[key] if key else text) for text in (spanish, english)]
        assert keys[0] == keys[1], f"mkdocs.yml: extra.text{'.' + key if key else ''} differs in keys between languages"
    placeholders = re.compile(r"\{\w+\}")
    for name, texts in [(key, (spanish[key], english[key])) for key in spanish if isinstance(spanish[key], str)] + [
            (f"compat.{key}", (spanish["compat"][key], english["compat"][key])) for key in spanish["compat"]]:
        found = [sorted(placeholders.findall(text)) for text in texts]
        assert found[0] == found[1], f"mkdocs.yml: extra.text.{name} has placeholders {found[0]} in Spanish, {found[1]} in English"


@pytest.mark.build
def test_an_annotated_block_is_followed_by_its_annotation_list(built_site):
    """Material attaches `# (N)!` annotations only to a list right after the block: a note the
    build adds after a block (torch versions, GPU warning) goes below that list."""
    from selectolax.lexbor import LexborHTMLParser

    assert built_site.returncode == 0, built_site.log
    broken = []
    for page in built_site.site.rglob("*.html"):
        for block in LexborHTMLParser(page.read_text(encoding="utf-8")).css("div.highlight"):
            following = block.next
            while following is not None and not following.is_element_node:
                following = following.next
            annotated = any(guide.ANNOTATION.search(comment.text()) for comment in block.css("span.c1"))
            if annotated and (following is None or following.tag != "ol"):
                broken.append(f"{page.relative_to(built_site.site)}: {block.css_first('span.filename').text()}")
    assert not broken, "annotated blocks not followed by their list:\n" + "\n".join(broken)


# The Spanish glossary (../shared/DESIGN.md): a form readers met mixed with the chosen one.
NOT_IN_GLOSSARY = {
    r"\b[Mm]odos? de gradiente\b(?!s)": "modo de gradientes (plural, titles included)",
    r"\bKV cache\b": "caché KV",
    r"\b[Ee]l backward\b": "la pasada hacia atrás (backward)",
}


def test_spanish_text_follows_the_glossary():
    sources = {f"docs/es/{page}": (DOCS / "es" / page).read_text() for page in pages(language="es")}
    sources |= {f"snippets/{path.relative_to(SNIPPETS)}": path.read_text() for path in SNIPPETS.rglob("*.es.py")}
    sources["mkdocs.yml site_name"] = guide.site_name("es")
    sources["mkdocs.yml extra.text"] = str(guide.site_text("es"))
    _assert_none([f"{name}: {match.group()!r} should be {preferred}"
                  for name, text in sources.items()
                  for pattern, preferred in NOT_IN_GLOSSARY.items()
                  for match in re.finditer(pattern, text)])


def code_comments(html: str) -> list[str]:
    """The comments a page's code shows, printed `#>` lines, `# (N)!` markers and the torch
    notes' diffs aside."""
    from selectolax.lexbor import LexborHTMLParser

    comments = LexborHTMLParser(html).css("article div.highlight span.c1, article div.highlight span.cm")
    return [text for comment in comments if not guide.is_output_line(comment.text())
            and (text := guide.ANNOTATION.sub("", comment.text()).strip(" #"))]


ENGLISH_COMMENTS_GOAL = 0.05  # issue 23: at most 5 % of the Spanish pages' code comments in English


@pytest.mark.build
def test_the_spanish_pages_code_comments_are_spanish(built_site):
    """A Spanish page's comment that the English page also shows is the English text: the
    translations (snippets/**/*.es.py) are what makes the Spanish pages' code Spanish."""
    english, total, named = 0, 0, []
    for page in pages(language="es"):
        es, en = (code_comments((built_site.site / page_url(language, page) / "index.html").read_text(encoding="utf-8"))
                  for language in LANGUAGES)
        same = [comment for comment in es if comment in set(en)]
        english, total = english + len(same), total + len(es)
        named += [f"docs/es/{page}: {comment!r}" for comment in same]
    share = english / total
    print(f"{english} of the Spanish pages' {total} code comments are the English text ({share:.1%})")
    assert total > 400 and share <= ENGLISH_COMMENTS_GOAL, (
        f"{english} of {total} code comments on the Spanish pages ({share:.1%}) are the English text:\n"
        + "\n".join(named))


def test_the_page_model_lists_the_languages_mkdocs_builds():
    """hooks/page_model.py LANGUAGES (the default first) is what the hooks and tests walk."""
    built = sorted(guide.i18n_languages(), key=lambda language: not language["default"])
    assert tuple(language["locale"] for language in built) == LANGUAGES, (
        f"mkdocs.yml's i18n languages are {[language['locale'] for language in built]} (default first); "
        f"hooks/page_model.py LANGUAGES says {LANGUAGES}")


# Selectors of our stylesheets that name other packages' markup (README, "Markup the HTML pass relies on").
STYLED_MARKUP = {
    "measurements": [".jupyter-wrapper .jp-Cell", ".jupyter-wrapper .jp-OutputArea-output pre",
                     ".jupyter-wrapper .jp-RenderedSVG img", ".jupyter-wrapper .jp-RenderedMarkdown a"],
    "checklist": [".md-typeset .task-list-control [disabled] + .task-list-indicator"],
}


@pytest.mark.build
def test_the_markup_our_stylesheets_select_is_in_the_built_pages(built_site):
    from selectolax.lexbor import LexborHTMLParser

    for page, selectors in STYLED_MARKUP.items():
        for language in LANGUAGES:
            tree = LexborHTMLParser((built_site.site / page_url(language, Path(f"{page}.md")) / "index.html").read_text())
            missing = [selector for selector in selectors if tree.css_first(selector) is None]
            assert not missing, (f"{language}/{page}: no element matches {missing}: docs/assets/stylesheets/ style "
                                 f"markup of mkdocs-jupyter (nbconvert) or pymdownx.tasklist that changed")
