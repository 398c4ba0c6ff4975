"""The pages' structure: both languages in step, only tested code, no dead snippets."""

import pytest

from guide import (
    DOCS, LANGUAGES, SNIPPETS, includes, is_notebook, orphan_snippets, page_problems, page_url, pages, parity_problems,
)
from gpu_unverified import unverified_cuda


def _assert_none(problems):
    assert not problems, "\n".join(problems)


def test_pages_include_only_snippets_and_every_include_resolves():
    _assert_none(page_problems())


def test_both_languages_have_the_same_pages_snippets_anchors_and_links():
    _assert_none(parity_problems())


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
                unverified_cuda(SNIPPETS / target.split(":")[0]) for target in includes((DOCS / language / page).read_text())
            )
            html = (built_site.site / page_url(language, page) / "index.html").read_text(encoding="utf-8")
            shown = html.count('class="admonition warning gpu-unverified"')
            assert shown == expected, f"docs/{language}/{page}: {expected} unverified CUDA blocks, {shown} warnings shown"
