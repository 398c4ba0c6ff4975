"""The torch-version matrix (tests/compat.py): a well-formed data file for every minor, and
what the pages make of it.

Fresh data (no snippet changed since its data was recorded) is not required here: a
contributor's new snippet shows "checked on torch <pin> only" until the matrix runs, and
publishing (.ci/deploy --push, `python tests/compat.py check`) is what refuses stale data.
This suite tests that check on a copy.
"""

import json
import re
import shutil
from pathlib import Path

import pytest

import compat
import guide
from guide import site_text
import page_model
import torch_versions
import versions  # hooks/, on pytest.ini's pythonpath
from snippet_runner import is_output_line


def test_every_minor_has_a_well_formed_data_file():
    problems = compat.data_problems()
    assert not problems, "\n".join(problems)


def test_a_missing_or_malformed_data_file_is_named(tmp_path, monkeypatch):
    data = tmp_path / "compat"
    shutil.copytree(page_model.COMPAT_DATA, data)
    monkeypatch.setattr(page_model, "COMPAT_DATA", data)
    (data / "2.0.json").unlink()
    (data / "2.1.json").write_text("{")
    broken = json.loads((data / "2.2.json").read_text())
    sid = sorted(broken["snippets"])[0]
    broken["snippets"][sid]["writes"] = "not a list"
    (data / "2.2.json").write_text(json.dumps(broken))
    problems = compat.data_problems()
    assert len(problems) == 3, problems
    assert problems[0].startswith(f"{data / '2.0.json'} is missing") and "compat.py run 2.0" in problems[0]
    assert problems[1].startswith(f"{data / '2.1.json'} is not valid JSON")
    assert problems[2].startswith(f"{data / '2.2.json'}: the records of {sid} are not")


def test_the_pinned_torch_data_prints_what_the_files_show():
    """Where the pinned torch's data is fresh: a changed, new or deleted snippet waits for the matrix."""
    pinned = page_model.TORCH_MINOR
    drifted = []
    for sid, record in compat.load(pinned)["snippets"].items():
        path = page_model.SNIPPETS / sid
        source = path.read_text() if path.is_file() else None
        if source is not None and record["hash"] == compat.code_hash(source) and (
                record["error"] or compat.annotated(source, record) != source):
            drifted.append(sid)
    assert not drifted, f"docs/assets/compat/{pinned}.json disagrees with the #> lines of {drifted}"


def test_a_spanish_text_shows_what_its_program_printed_on_every_torch_in_its_own_words():
    """The Spanish notes and deploys read the program's data (hooks/page_model.py fresh_record):
    on each minor the Spanish text is fresh exactly when its program is, and prints what the
    pinned torch prints exactly when the program does, so both languages' notes name the same
    versions; where it differs, the labels are still the text's own."""
    checked, differing = 0, []
    for minor in compat.MINORS:
        data = compat.load(minor)
        for program in page_model.cpu_snippets():
            text = program.with_name(page_model.text_name(program.name, "es"))
            source, spanish = program.read_text(), text.read_text()
            record, mapped = (page_model.fresh_record(data, path, code) for path, code in [(program, source), (text, spanish)])
            assert (record is None) == (mapped is None), f"{text} on torch {minor}: fresh unlike its program"
            if record is None:
                continue
            shown = page_model.annotated(spanish, mapped)
            assert (shown == spanish) == (page_model.annotated(source, record) == source), f"{text} on torch {minor}"
            checked += 1
            if shown != spanish:
                said = page_model.labels(source, spanish)
                english = set(said.strings) - set(said.strings.values())
                differing.append(text.name)
                leftover = [line for line in page_model.printed(shown).splitlines() if line in english]
                assert not leftover, f"{text} on torch {minor}: {leftover} left in English"
    assert checked > 1000 and len(set(differing)) > 10, (checked, sorted(set(differing)))


def test_publishing_refuses_a_changed_snippet_naming_it_and_the_command_that_refreshes_it(tmp_path, monkeypatch):
    """`python tests/compat.py check` (.ci/deploy --push runs it); the everyday suite stays green."""
    snippets = tmp_path / "snippets"
    shutil.copytree(page_model.SNIPPETS, snippets)
    monkeypatch.setattr(page_model, "SNIPPETS", snippets)
    changed = page_model.programs(snippets / "no_grad")[0]
    changed.write_text(changed.read_text() + "print('new line')\n")
    problems = compat.staleness_problems()  # the Spanish text is no longer its program, either
    text = page_model.text_name(page_model.snippet_id(changed), "es")
    assert len(problems) == len(compat.MINORS) + 2, problems
    assert all("is stale for" in p and f"no_grad/{changed.name}" in p for p in problems[:-2]), problems
    assert compat.REFRESH in problems[-2]
    assert problems[-1].startswith(f"{snippets / text} is not the same program as {changed}"), problems
    (snippets / text).write_text((snippets / text).read_text() + "print('nueva línea')\n")
    assert len(compat.staleness_problems()) == len(compat.MINORS) + 1  # both texts changed: the data is stale
    assert compat.check([]) == 1
    assert compat.data_problems() == []  # what the everyday suite checks


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
    note = "\n".join(torch_versions.note(matrix, one_snippet_matrix, "", site_text("en")["compat"]))
    assert "Same output on torch 2.13–2.15." in note
    assert '??? warning compat "Needs torch ≥ 2.2; output differs on torch 2.2–2.12"' in note
    assert "-#> b\n    +#> B" in note and "on torch 2.0–2.12 (`+`)" in note  # alike neighbours: one diff
    assert "On torch 2.0–2.1, these lines also differ from torch 2.2–2.12:" in note
    assert "On torch 2.0–2.1 it raises:" in note and "    AttributeError: no such thing" in note


def test_a_note_labels_the_test_machine_and_merges_alike_neighbouring_diffs(one_snippet_matrix, monkeypatch):
    source = one_snippet_matrix.read_text()
    machine = page_model.MACHINE_FAILURES[0]

    def load(minor):
        writes = {"2.0": [], "2.1": [[1, "A\n"], [3, "B\n"]], "2.2": [[1, "A\n"], [3, "b\n"]]}.get(minor, [[1, "a\n"], [3, "b\n"]])
        record = _record(source, writes, error=machine if minor == "2.0" else None)
        return {"torch": compat.MINORS[minor], "snippets": {"t/01_x.py": record}}

    monkeypatch.setattr(page_model, "load", load)
    note = "\n".join(torch_versions.note(torch_versions.Matrix("2.13", "2.13"), one_snippet_matrix, "", site_text("en")["compat"]))
    assert '??? note compat "Output differs on torch 2.1–2.2; not run on torch 2.0 on the test machine"' in note, note
    assert "Lines that differ from torch 2.13 (`-`) on torch 2.1–2.2 (`+`):" in note, "one diff for both neighbours"
    assert "On torch 2.1, these lines also differ from torch 2.2:" in note and "-#> b\n    +#> B" in note
    assert "On torch 2.0 the test machine cannot run it" in note and f"    {machine}" in note
    assert note.count("```diff") == 2, "no diff for a block the machine could not run"


def test_when_the_torch_shown_writes_to_stderr_the_note_says_which_versions_do_not(one_snippet_matrix, monkeypatch):
    source = one_snippet_matrix.read_text()
    warning = "FutureWarning: deprecated"

    def load(minor):
        stderr = warning if minor in ("2.14", "2.15") else None
        return {"torch": compat.MINORS[minor], "snippets": {"t/01_x.py": _record(source, [[1, "a\n"], [3, "b\n"]], stderr=stderr)}}

    monkeypatch.setattr(page_model, "load", load)
    note = "\n".join(torch_versions.note(torch_versions.Matrix("2.15", "2.13"), one_snippet_matrix, "", site_text("en")["compat"]))
    assert "Same output on torch 2.14–2.15." in note
    assert f"On torch 2.15 it also writes to stderr:\n\n    ```text\n    {warning}" in note, note
    assert "On torch 2.0–2.13 it writes nothing to stderr." in note, "a note with no body hides the difference"


def test_a_stale_snippet_says_it_was_checked_on_the_pinned_torch_only(one_snippet_matrix):
    one_snippet_matrix.write_text(one_snippet_matrix.read_text() + "x = 1\n")
    note = "\n".join(torch_versions.note(torch_versions.Matrix("2.13", "2.13"), one_snippet_matrix, "", site_text("es")["compat"]))
    assert "Salida comprobada solo en torch 2.13" in note


def test_the_note_waits_below_the_annotation_list_material_needs_right_after_the_block(one_snippet_matrix):
    one_snippet_matrix.write_text('print("a")  # (1)!\n#> a\nprint("b")\n#> b\n')
    page = ('```python\n--8<-- "t/01_x.py"\n```\n\n1.  Prints a\n    on two lines.\n\nNext paragraph.\n')
    matrix = torch_versions.Matrix("2.13", "2.13")
    lines = torch_versions.annotate_page(page, page_model.SNIPPETS, matrix, site_text("en")["compat"], "x.md").splitlines()
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


def test_a_build_of_another_torch_shows_a_stale_snippet_as_the_pinned_torch_printed_it(
        one_snippet_matrix, monkeypatch, tmp_path):
    """A contributor's new snippet does not break the deploy's build of 2.15 (tests/test_versions.py)."""
    one_snippet_matrix.write_text(one_snippet_matrix.read_text() + "x = 1\n")  # stale on every minor
    monkeypatch.setenv("TORCH_MINOR", "2.5")
    monkeypatch.setattr(page_model, "SHOWN_SNIPPETS", tmp_path / "shown")

    class Config:
        extra, mdx_configs = {}, {"pymdownx.snippets": {}}

    config = torch_versions.on_config(versions.on_config(Config()))
    [folder] = config.mdx_configs["pymdownx.snippets"]["base_path"]
    assert (Path(folder) / "t" / "01_x.py").read_text() == one_snippet_matrix.read_text()
    note = "\n".join(torch_versions.note(torch_versions._matrix, one_snippet_matrix, "", site_text("en")["compat"]))
    assert f"Output checked on torch {page_model.TORCH_MINOR} only" in note


def test_an_exception_is_recorded_with_every_line_of_its_message():
    traceback = ('Traceback (most recent call last):\n  File "x.py", line 1, in <module>\n    f()\n'
                 '    ^^^\nRuntimeError: first line\n\n    indented hint\n')
    assert compat.exception_text(traceback) == "RuntimeError: first line\n\n    indented hint"
    assert compat.exception_text("the process died with exit code 1") == "the process died with exit code 1"


@pytest.mark.build
def test_every_cpu_block_says_on_which_torch_versions_it_prints_the_same(built_site):
    from guide import DOCS, LANGUAGES, SNIPPETS, page_url, pages

    for language in LANGUAGES:
        for page in pages(language=language):
            blocks = [t for t in guide.included_files((DOCS / language / page).read_text())
                      if not compat.needs_cuda((SNIPPETS / t).read_text())]
            html = (built_site.site / page_url(language, page) / "index.html").read_text(encoding="utf-8")
            notes = html.count('<p class="compat">')
            assert notes == len(blocks), f"docs/{language}/{page}: {len(blocks)} CPU blocks, {notes} version notes"
        from selectolax.lexbor import LexborHTMLParser
        matrix = LexborHTMLParser((built_site.site / page_url(language, Path("compat.md")) / "index.html").read_text())
        header = [th.text() for th in matrix.css(".compat-matrix thead th")][1:]
        assert header == list(compat.MINORS), f"{language}: the matrix's columns are {header}"
        rows = matrix.css(".compat-matrix tbody tr")
        assert rows and all(len(row.css("td > span[title]")) == len(compat.MINORS) for row in rows), language
        in_words = matrix.css("details.info li")
        assert len(in_words) == len(rows), f"{language}: {len(rows)} matrix rows, {len(in_words)} pages in words"


# --- short answers name the versions their cited sections hold for ---------------------------

SHORT_ANSWER = re.compile(r'^!!! tip "[^"]+"\n((?:    .*\n|[ \t]*\n)+)', re.M)
CITED = re.compile(r"\]\((?P<page>[\w/]+\.md)?#(?P<anchor>[-\w]+)\)")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z¿¡])")
VERSION = re.compile(r"(?<![\w.{])2\.\d{1,2}(?![\d])|\{\{ differs\(")  # "2.12", "2.1–2.11", {{ differs(...) }}; not {{ torch }}


def section_snippets(text: str) -> dict[str, set[str]]:
    """Each heading anchor -> the snippet files its section includes, subsections included."""
    open_sections: list[tuple[int, str]] = []  # (level, anchor) of the headings above this line
    found: dict[str, set[str]] = {}
    for _, line, info in page_model.scan(text):
        if info is None and (heading := guide.HEADING.match(line)):
            level = len(heading["level"])
            open_sections = [s for s in open_sections if s[0] < level]
            if anchor := guide.ANCHOR.search(heading["text"]):
                open_sections.append((level, anchor["id"]))
                found.setdefault(anchor["id"], set())
        elif include := page_model.include(line):
            for _, anchor in open_sections:
                found[anchor].add(include.file)
    return found


def version_dependent(matrix, snippet: Path) -> bool:
    """Some minor prints something else or raises (a failure of the test machine aside)."""
    groups = matrix.groups(snippet) or {}
    return len([outcome for outcome in groups if not page_model.machine_failure(outcome[1])]) > 1


def short_answer_problems(docs: Path = guide.DOCS) -> list[str]:
    matrix = torch_versions.Matrix(page_model.TORCH_MINOR, page_model.TORCH_MINOR)
    problems = []
    for language in guide.LANGUAGES:
        for page in guide.pages(docs, language):
            text = (docs / language / page).read_text()
            for answer in SHORT_ANSWER.finditer(text):
                for sentence in SENTENCE.split(" ".join(answer[1].split())):
                    problems += _unversioned_citations(sentence, docs, language, page, matrix)
    return problems


def _unversioned_citations(sentence: str, docs: Path, language: str, page: Path, matrix) -> list[str]:
    if VERSION.search(sentence):
        return []
    problems = []
    for link in CITED.finditer(sentence):
        target = link["page"] or str(page)
        cited = section_snippets((docs / language / target).read_text()).get(link["anchor"], set())
        dependent = sorted(s for s in cited if (guide.SNIPPETS / s).is_file()
                           and not page_model.needs_cuda((guide.SNIPPETS / s).read_text())
                           and version_dependent(matrix, guide.SNIPPETS / s))
        if dependent:
            problems.append(f"docs/{language}/{page}: a sentence of the short answer cites {target}#{link['anchor']}, "
                            f"whose blocks print something else on some torch ({', '.join(dependent)}), "
                            f"and names no version: {sentence}")
    return problems


def test_a_short_answer_that_cites_a_version_dependent_section_names_the_versions():
    problems = short_answer_problems()
    assert not problems, "\n".join(problems)
