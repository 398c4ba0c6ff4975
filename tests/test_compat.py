"""The torch-version matrix (tests/compat.py) is there for every minor and up to date."""

import shutil
from pathlib import Path

import pytest

import compat
import page_model
import torch_versions
import versions  # hooks/, on pytest.ini's pythonpath
from snippet_runner import is_output_line


def test_every_minor_has_fresh_data_for_every_cpu_snippet():
    problems = compat.staleness_problems()
    assert not problems, "\n".join(problems)


def test_the_pinned_torch_data_prints_what_the_files_show():
    pinned = compat.page_model.TORCH_MINOR
    data = compat.load(pinned)["snippets"]
    drifted = [sid for sid, record in data.items()
               if record["error"] or compat.annotated((page_model.SNIPPETS / sid).read_text(), record)
               != (page_model.SNIPPETS / sid).read_text()]
    assert not drifted, f"docs/assets/compat/{pinned}.json disagrees with the #> lines of {drifted}"


def test_a_changed_snippet_is_named_with_the_command_that_refreshes_it(tmp_path, monkeypatch):
    snippets = tmp_path / "snippets"
    shutil.copytree(page_model.SNIPPETS, snippets)
    changed = snippets / "no_grad" / sorted(p.name for p in (snippets / "no_grad").glob("*.py"))[0]
    changed.write_text(changed.read_text() + "print('new line')\n")
    monkeypatch.setattr(page_model, "SNIPPETS", snippets)
    problems = compat.staleness_problems()
    assert any("is stale for" in p and f"no_grad/{changed.name}" in p for p in problems), problems
    assert compat.REFRESH in problems[-1]


def test_rewriting_only_the_output_lines_keeps_the_data_fresh():
    source = "x = 1\nprint(x)\n#> 1\n"
    assert compat.code_hash(source) == compat.code_hash(source.replace("#> 1", "#> 2"))
    assert compat.code_hash(source) != compat.code_hash(source.replace("x = 1", "x = 2"))
    assert not any(is_output_line(l) for l in ["x = 1", "print(x)"])


@pytest.mark.parametrize("minors, expected", [
    (["2.0", "2.1", "2.2", "2.5"], "2.0–2.2, 2.5"),
    (["2.15"], "2.15"),
    (["2.9", "2.10", "2.11"], "2.9–2.11"),
])
def test_version_ranges_follow_the_release_order(minors, expected):
    assert torch_versions.ranges(minors) == expected


def _record(source: str, writes, error=None, stderr=None) -> dict:
    return {"hash": compat.code_hash(source), "writes": writes, "error": error, "stderr": stderr}


@pytest.fixture
def one_snippet_matrix(tmp_path, monkeypatch):
    """A snippet that prints "a" then "b": the same on 2.13-2.15, "B" on 2.2-2.12, raises on 2.0-2.1."""
    (tmp_path / "t").mkdir()
    snippet = tmp_path / "t" / "01_x.py"
    snippet.write_text('print("a")\n#> a\nprint("b")\n#> b\n')
    source = snippet.read_text()
    monkeypatch.setattr(page_model, "SNIPPETS", tmp_path)

    def load(minor):
        if minor in ("2.0", "2.1"):
            record = _record(source, [[1, "a\n"]], error="AttributeError: no such thing")
        elif minor in ("2.13", "2.14", "2.15"):
            record = _record(source, [[1, "a\n"], [3, "b\n"]])
        else:
            record = _record(source, [[1, "a\n"], [3, "B\n"]])
        return {"torch": compat.MINORS[minor], "snippets": {"t/01_x.py": record}}

    monkeypatch.setattr(page_model, "load", load)
    return snippet


def test_the_note_under_a_block_gives_versions_diff_and_exception(one_snippet_matrix):
    matrix = torch_versions.Matrix(shown="2.13", pinned="2.13")
    note = "\n".join(torch_versions.note(matrix, one_snippet_matrix, "", "en"))
    assert "Same output on torch 2.13–2.15." in note
    assert '??? warning compat "Needs torch ≥ 2.2"' in note
    assert "-#> b\n    +#> B" in note and "on torch 2.2–2.12 (`+`)" in note
    assert "On torch 2.0–2.1 it raises:" in note and "    AttributeError: no such thing" in note


def test_a_stale_snippet_says_it_was_checked_on_the_pinned_torch_only(one_snippet_matrix):
    one_snippet_matrix.write_text(one_snippet_matrix.read_text() + "x = 1\n")
    note = "\n".join(torch_versions.note(torch_versions.Matrix("2.13", "2.13"), one_snippet_matrix, "", "es"))
    assert "Salida comprobada solo en torch 2.13" in note


def test_the_note_waits_below_the_annotation_list_material_needs_right_after_the_block(one_snippet_matrix):
    one_snippet_matrix.write_text('print("a")  # (1)!\n#> a\nprint("b")\n#> b\n')
    page = ('```python\n--8<-- "t/01_x.py"\n```\n\n1.  Prints a\n    on two lines.\n\nNext paragraph.\n')
    matrix = torch_versions.Matrix("2.13", "2.13")
    lines = torch_versions.annotate_page(page, page_model.SNIPPETS, matrix, "en", "x.md").splitlines()
    assert lines[3:6] == ["", "1.  Prints a", "    on two lines."]
    assert lines.index("Next paragraph.") > lines.index("{: .compat }") > 5


def test_a_build_for_another_torch_shows_the_lines_that_torch_printed(one_snippet_matrix, monkeypatch, tmp_path):
    monkeypatch.setenv("TORCH_MINOR", "2.5")
    monkeypatch.setattr(page_model, "SHOWN_SNIPPETS", tmp_path / "shown")

    class Config:
        extra, mdx_configs = {}, {"pymdownx.snippets": {}}

    built = versions.on_config(Config())
    [folder] = built.mdx_configs["pymdownx.snippets"]["base_path"]
    assert (Path(folder) / "t" / "01_x.py").read_text() == 'print("a")\n#> a\nprint("b")\n#> B\n'
    assert built.extra["torch_version"] == "2.5.1"


def test_an_exception_is_recorded_with_every_line_of_its_message():
    traceback = ('Traceback (most recent call last):\n  File "x.py", line 1, in <module>\n    f()\n'
                 '    ^^^\nRuntimeError: first line\n\n    indented hint\n')
    assert compat.exception_text(traceback) == "RuntimeError: first line\n\n    indented hint"
    assert compat.exception_text("the process died with exit code 1") == "the process died with exit code 1"


@pytest.mark.build
def test_every_cpu_block_says_on_which_torch_versions_it_prints_the_same(built_site):
    from guide import DOCS, LANGUAGES, SNIPPETS, includes, page_url, pages

    for language in LANGUAGES:
        for page in pages(language=language):
            blocks = [t for t in includes((DOCS / language / page).read_text())
                      if not compat.needs_cuda((SNIPPETS / t.split(":")[0]).read_text())]
            html = (built_site.site / page_url(language, page) / "index.html").read_text(encoding="utf-8")
            notes = html.count('<p class="compat">')
            assert notes == len(blocks), f"docs/{language}/{page}: {len(blocks)} CPU blocks, {notes} version notes"
        matrix = (built_site.site / page_url(language, Path("compat.md")) / "index.html").read_text(encoding="utf-8")
        assert all(f"<th>{minor}</th>" in matrix for minor in compat.MINORS), f"{language}: the matrix lacks a minor"
