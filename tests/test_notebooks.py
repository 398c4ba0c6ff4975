"""The notebook pages (hooks/notebooks.py): they read like the rest of the site, in their language."""

import json
import re

import pytest

import guide
from guide import DOCS, LANGUAGES, is_notebook, page_url, pages, python_fences

NOTEBOOKS = [(language, page) for language in LANGUAGES for page in pages(language=language)
             if is_notebook((DOCS / language / page).read_text())]
DEVICES = [json.loads(path.read_text())["device"] for path in sorted((DOCS / "assets" / "measurements").glob("*.json"))]
# What each language's figures and printed lines say, and what the other language's say.
WORDS = {"es": ["lote", "modo de gradientes"], "en": ["batch", "grad mode"]}


def device(name, language):
    return name.replace(" cores", " núcleos") if language == "es" else name


def _html(built_site, language, page):
    return (built_site.site / page_url(language, page) / "index.html").read_text(encoding="utf-8")


def test_there_is_a_notebook_in_each_language():
    assert sorted(language for language, _ in NOTEBOOKS) == sorted(LANGUAGES)


@pytest.mark.build
@pytest.mark.parametrize(("language", "page"), NOTEBOOKS)
def test_figures_are_svg_files_with_an_alt_text_that_names_the_device(built_site, language, page):
    html = _html(built_site, language, page)
    figures = re.findall(r'<img src="(figure-\d+\.svg)" alt="([^"]*)" width="\d+" height="\d+">', html)
    assert len(figures) == 2 and "<img" not in re.sub(r'<img src="figure-\d+\.svg"', "", html.split('<div class="jupyter-wrapper">')[1])
    for name, alt in figures:
        svg = (built_site.site / page_url(language, page) / name).read_text(encoding="utf-8")
        assert svg.lstrip().startswith(("<?xml", "<svg")) and "No description" not in alt
        assert all(device(d, language) in alt for d in DEVICES), alt
        assert 'style="fill: #ffffff' not in svg  # transparent: the dark scheme shows no white box


@pytest.mark.build
@pytest.mark.parametrize(("language", "page"), NOTEBOOKS)
def test_figures_and_printed_lines_are_in_the_page_language(built_site, language, page):
    other = next(lang for lang in LANGUAGES if lang != language)
    folder = built_site.site / page_url(language, page)
    outputs = "".join(re.findall(r'data-mime-type="text/plain"[^>]*>\s*<pre[^>]*>(.*?)</pre>', _html(built_site, language, page), re.S))
    for svg in sorted(folder.glob("figure-*.svg")):
        text = svg.read_text(encoding="utf-8")
        assert WORDS[language][0] in text and WORDS[other][0] not in text, svg
    assert WORDS[language][1] in outputs and WORDS[other][1] not in outputs


@pytest.mark.build
@pytest.mark.parametrize(("language", "page"), NOTEBOOKS)
def test_notebook_cells_look_like_the_other_pages(built_site, language, page):
    html = _html(built_site, language, page)
    # No JupyterLab prompt, English copy button, "¶" link of its own or stylesheets: the theme's instead.
    for leftover in ["In [", "Copied!", "Copy to Clipboard", "anchor-link", "clipboard-copy", "jp-InputPrompt", "<style"]:
        assert leftover not in html.split("<article")[1], leftover
    cells = len(list(python_fences((DOCS / language / page).read_text())))
    assert html.count('<div class="language-python highlight"><pre><span></span><code tabindex="0">') == cells
    anchors = re.findall(r'<a id="([-\w]+)"></a>', (DOCS / language / page).read_text())
    assert anchors
    for anchor in anchors:  # the fixed anchors are the headings' ids, with the theme's permalink
        assert re.search(rf'<h2 id="{anchor}">[^<]*<a class="headerlink" href="#{anchor}" title="[^"]+">', html), anchor
        assert f'href="#{anchor}" class="md-nav__link"' in html  # the table of contents links to them


@pytest.mark.build
def test_search_finds_the_notebook_sections_without_pilcrows_or_prompts(built_site):
    for language, page in NOTEBOOKS:
        script = (built_site.site / "search" / f"{language}.js").read_text(encoding="utf-8")
        docs = json.loads(script[script.index("{"):script.rindex("}") + 1])["docs"]  # hooks/search.py's index
        entries = [doc for doc in docs if doc[0].startswith(page_url(language, page))]
        assert len(entries) > 1
        for location, heading, prose, code, _ in entries:
            text = heading + prose + code
            assert "¶" not in text and "Copied!" not in text and "In [" not in text, location


def test_notebook_code_cells_may_differ_only_in_their_language_line(tmp_path):
    notebook = '---\njupyter:\n  kernelspec:\n    language: python\n---\n\n# Title\n\n```python\nLANG = "{lang}"\nprint(1)\n```\n'
    for language in LANGUAGES:
        (tmp_path / language).mkdir()
        (tmp_path / language / "notebook.md").write_text(notebook.format(lang=language))
    assert guide.parity_problems(tmp_path) == []
    (tmp_path / "en" / "notebook.md").write_text(notebook.format(lang="es"))  # the English page speaking Spanish
    assert any("differ in their notebook code cells" in problem for problem in guide.parity_problems(tmp_path))


def test_new_measurement_data_gets_a_notebook_cache_of_its_own(tmp_path):
    """mkdocs-jupyter's cache key ignores the data a notebook reads: hooks/notebooks.py puts the
    data's hash in its cache folder, so the next build after a new cuda.json runs the notebooks."""
    import notebooks  # hooks/

    (tmp_path / "cpu.json").write_text('{"device": "cpu"}')
    first = notebooks.cache_dir("es", tmp_path)
    assert notebooks.cache_dir("es", tmp_path) == first
    (tmp_path / "cuda.json").write_text('{"device": "cuda"}')
    assert notebooks.cache_dir("es", tmp_path) != first
    assert notebooks.cache_dir("en", tmp_path).parent.name == "en" and first.parent.name == "es"


def test_the_pages_mkdocs_jupyter_runs_are_the_pages_the_guide_treats_as_notebooks():
    """mkdocs.yml's include/ignore (mkdocs-jupyter's options) and page_model.is_notebook decide the
    same pages: a jupytext page outside them would never run, yet the tests would skip its blocks."""
    from pathlib import PurePath

    options = guide.mkdocs_config().plugins["mkdocs-jupyter"].config
    for language in LANGUAGES:
        for page in pages(language=language):
            path = PurePath(DOCS / language / page)
            selected = (any(path.match(p) for p in options["include"])
                        and not any(path.match(p) for p in options["ignore"]))
            assert selected == is_notebook((DOCS / language / page).read_text()), (
                f"docs/{language}/{page}: mkdocs.yml's mkdocs-jupyter include/ignore and the page's jupytext "
                "front matter disagree on whether it is a notebook")
