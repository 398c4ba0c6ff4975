"""The pages' structure: both languages in step, only tested code, no dead snippets."""

import os
import subprocess
import sys

import pytest

from guide import ROOT, orphan_snippets, page_problems, parity_problems


def _assert_none(problems):
    assert not problems, "\n".join(problems)


def test_pages_include_only_snippets_and_every_include_resolves():
    _assert_none(page_problems())


def test_both_languages_have_the_same_pages_snippets_anchors_and_links():
    _assert_none(parity_problems())


def test_every_snippet_is_shown_on_a_page():
    _assert_none(orphan_snippets())


@pytest.mark.build
def test_strict_build_has_no_warnings(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert "WARNING" not in log, log
    for language_root in ["index.html", "en/index.html", "no_grad/index.html", "en/no_grad/index.html"]:
        assert (tmp_path / "site" / language_root).is_file(), f"{language_root} was not built:\n{log}"
