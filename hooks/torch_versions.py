"""What each block prints on every torch from 2.0 to the newest, from docs/assets/compat/.

tests/compat.py records, per torch minor, what every CPU snippet printed. This hook:

1. After each block that includes a CPU snippet, says on which torch versions it prints
   the same, and in a collapsed note the exact lines that differ (a diff) or the exception
   it raises, with the versions. A snippet changed since its data was recorded gets
   "checked on torch X only" (publishing refuses it: .ci/deploy runs tests/compat.py check).
   The title names every way other versions differ (needs torch >= X, prints something else,
   raises); a failure of the test machine, not of torch, is labelled as such; neighbouring
   versions whose diffs are alike share one diff, and each adds only its own difference.
2. In a build of another torch (TORCH_MINOR=2.15, set by .ci/deploy; hooks/versions.py includes
   the snippets as that torch printed them), a snippet without fresh data shows the file as the
   pinned torch printed it, and says so. Publishing refuses stale data (.ci/deploy).
3. Fills the compatibility page (`<!-- compat-matrix -->`): pages x versions.
"""

from __future__ import annotations

import difflib
import functools
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

import page_model as model
from page_model import MINORS, version_ranges as ranges

MATRIX = "<!-- compat-matrix -->"



class Matrix:
    """The recorded data, and what one snippet prints on each minor."""

    def __init__(self, shown: str, pinned: str):
        self.shown, self.pinned = shown, pinned
        self.data = {m: model.load(m) or {"snippets": {}} for m in MINORS}
        self._outcomes: dict[tuple, tuple | None] = {}

    @functools.cache
    def source(self, snippet: Path) -> str:
        return snippet.read_text(encoding="utf-8")  # one build reads each snippet once

    def outcome(self, minor: str, snippet: Path) -> tuple[str, str | None, str | None] | None:
        """(the snippet with that torch's `#>` lines, its exception, its stderr), or None if stale."""
        source = self.source(snippet)
        key = (minor, snippet, source)
        if key not in self._outcomes:  # each page asks for every minor: annotate each pair once
            if minor == self.pinned:
                outcome = source, None, None  # the file itself: the everyday suite proves it
            else:
                record = model.fresh_record(self.data[minor], snippet, source)
                outcome = record and (model.annotated(source, record), record["error"], record["stderr"])
            self._outcomes[key] = outcome
        return self._outcomes[key]

    def groups(self, snippet: Path) -> dict[tuple, list[str]] | None:
        """Minors grouped by identical outcome, or None when any minor's data is stale."""
        groups: dict[tuple, list[str]] = {}
        for minor in MINORS:
            outcome = self.outcome(minor, snippet)
            if outcome is None:
                return None
            groups.setdefault(outcome, []).append(minor)
        return groups


def _diff(before: str, after: str) -> list[str]:
    """The lines that differ, with one of context; a context line's `# (N)!` marker left out
    (Material makes markers buttons only in the block itself)."""
    lines = [[model.ANNOTATION.sub("", line).rstrip() for line in text.splitlines()] for text in (before, after)]
    return list(difflib.unified_diff(*lines, n=1, lineterm=""))[2:]


def _neighbours(earlier: list[str], later: list[str]) -> bool:
    order = list(MINORS)
    return order.index(later[0]) == order.index(earlier[-1]) + 1


def clusters(reference: str, outputs: dict[str, list[str]]) -> list[list[tuple[str, list[str]]]]:
    """Each other output (the snippet with its `#>` lines) with its minors, newest first,
    grouped where neighbouring versions' diffs against the reference are alike (at least 60 %
    of their lines in common)."""
    found: list[list[tuple[str, list[str]]]] = []
    for output, minors in sorted(outputs.items(), key=lambda item: list(MINORS).index(item[1][0]), reverse=True):
        if found:
            last = found[-1][-1]
            changed = [[line for line in _diff(reference, text) if not line.startswith("@@")] for text in (last[0], output)]
            alike = difflib.SequenceMatcher(None, *changed).ratio()
            if _neighbours(minors, last[1]) and alike >= 0.6:
                found[-1].append((output, minors))
                continue
        found.append([(output, minors)])
    return found


def _title(others: list[tuple[tuple, list[str]]], text: dict[str, str]) -> str:
    order = list(MINORS)
    machine = [m for (_, error, _), minors in others if model.machine_failure(error) for m in minors]
    raising = sorted((m for (_, error, _), minors in others if error and not model.machine_failure(error)
                      for m in minors), key=order.index)
    differing = [m for (_, error, _), minors in others if not error for m in minors]
    parts = []
    if raising and raising == [m for m in order if m not in machine][:len(raising)]:
        parts.append(text["needs"].format(first=next(m for m in order if m not in machine and m not in raising)))
    elif raising:
        parts.append(text["raises"].format(versions=ranges(raising)))
    if differing:
        parts.append(text["differs"].format(versions=ranges(sorted(differing, key=order.index))))
    if machine:
        parts.append(text["machine"].format(versions=ranges(machine)))
    return "; ".join(parts[:1] + [part[0].lower() + part[1:] for part in parts[1:]])


def _by(others, facet) -> dict[str, list[str]]:
    """The minors of `others` grouped by one part of their outcome, where it is set."""
    found: dict[str, list[str]] = {}
    for outcome, minors in others:
        if value := facet(outcome):
            found.setdefault(value, []).extend(minors)
    return {value: sorted(minors, key=list(MINORS).index) for value, minors in found.items()}


def note(matrix: Matrix, snippet: Path, indent: str, text: dict[str, str]) -> list[str]:
    """The lines under a block; `text`: mkdocs.yml `extra.text.compat`, in the page's language.
    Three parts, each grouped by what the versions share: the output (diffs against the torch
    shown), the exception, and what else goes to stderr."""
    shown = matrix.shown
    groups = matrix.groups(snippet)
    if groups is None:
        # Some minor has no data for the current code. The block shows what the torch shown
        # printed when its own data is fresh (hooks/versions.py), else the file, as the pin printed it.
        checked = shown if matrix.outcome(shown, snippet) is not None else matrix.pinned
        return ["", indent + text["only"].format(shown=checked), indent + "{: .compat }", ""]
    reference = matrix.outcome(shown, snippet)
    lines = ["", indent + text["same"].format(versions=ranges(groups[reference])), indent + "{: .compat }", ""]
    others = [(outcome, minors) for outcome, minors in groups.items() if outcome != reference]
    if not others:
        return lines
    real_failure = any(error and not model.machine_failure(error) for (_, error, _), _ in others)
    lines += [f'{indent}??? {"warning" if real_failure else "note"} compat "{_title(others, text)}"']
    body = indent + "    "
    # A block the test machine could not run printed nothing to compare.
    outputs = _by(others, lambda o: o[0] if o[0] != reference[0] and not model.machine_failure(o[1]) else None)
    for cluster in clusters(reference[0], outputs):
        merged = ranges([m for _, minors in cluster for m in minors])
        before = reference[0]
        for position, (output, minors) in enumerate(cluster):
            intro = (text["diff_intro"].format(shown=shown, versions=merged) if position == 0 else
                     text["diff_more"].format(versions=ranges(minors), previous=ranges(cluster[position - 1][1])))
            diff = _diff(before, output)
            fence = _fence("\n".join(diff))
            lines += ["", body + intro, "", body + fence + "diff", *(body + d for d in diff), body + fence]
            before = output
    for error, minors in _by(others, lambda o: o[1]).items():
        intro = "machine_intro" if model.machine_failure(error) else "raise_intro"
        lines += _text_block(body, text[intro].format(versions=ranges(minors)), error)
    shown_stderr = reference[2]
    if shown_stderr and any(stderr != shown_stderr for (_, _, stderr), _ in others):
        lines += _text_block(body, text["stderr_intro"].format(versions=shown), shown_stderr)
    for stderr, minors in _by(others, lambda o: o[2] if o[2] != shown_stderr else None).items():
        lines += _text_block(body, text["stderr_intro"].format(versions=ranges(minors)), stderr)
    if shown_stderr and (silent := _by(others, lambda o: "silent" if not o[2] and not o[1] else None)):
        lines += ["", body + text["stderr_none"].format(versions=ranges(silent["silent"]))]
    return lines + [""]


def _fence(text: str) -> str:
    """A fence longer than any run of backticks in `text`: an output that quotes one stays inside."""
    return "`" * max([3] + [len(run) + 1 for run in re.findall(r"`+", text)])


def _text_block(body: str, intro: str, output: str) -> list[str]:
    fence = _fence(output)
    return ["", body + intro, "", body + fence + "text", *(body + o for o in output.rstrip("\n").splitlines()),
            body + fence]


def check_highlights(fence_info: str, snippet: Path, matrix: Matrix, page: str) -> None:
    """In a build of another torch, highlighted lines must still be the same code lines."""
    outcome = matrix.outcome(matrix.shown, snippet)
    if outcome is None:
        return
    original, shown = matrix.source(snippet).splitlines(), outcome[0].splitlines()
    for number in model.highlighted_lines(fence_info):
        if number > len(shown) or shown[number - 1] != original[number - 1]:
            raise PluginError(f"{page}: hl_lines {number} of {snippet.name} points at another line "
                              f"with torch {matrix.shown}'s output: highlight code that does not move")


def annotate_page(markdown: str, snippets: Path, matrix: Matrix, text: dict[str, str], page: str) -> str:
    """`markdown` with the note after each block that includes a CPU snippet (the last one it
    includes), below the block's annotation list if it has one."""
    lines = markdown.split("\n")
    for block in reversed(model.blocks(markdown)):  # from the end: inserting keeps earlier line numbers
        cpu = [snippets / i.file for i in block.includes
               if (snippets / i.file).is_file() and not model.needs_cuda(matrix.source(snippets / i.file))]
        if not cpu:
            continue
        for snippet in cpu:
            check_highlights(block.info, snippet, matrix, page)
        annotated = bool(model.ANNOTATION.search(matrix.source(cpu[-1])))
        position = model.after_block(lines, block, annotated)
        lines[position:position] = note(matrix, cpu[-1], block.indent, text)
    return "\n".join(lines)


def nav_files(nav) -> list[str]:
    """The pages in navigation order: ["index.md", "no_grad.md", ...]."""
    if isinstance(nav, str):
        return [nav]
    items = nav.values() if isinstance(nav, dict) else nav
    return [file for item in items for file in nav_files(item)]


def page_title(text: str, fallback: str) -> str:
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text  # past the front matter
    return next((l[2:].split("{")[0].strip() for l in body.splitlines() if l.startswith("# ")), fallback)


CELL = '<span class="compat-{kind}" title="{title}">{mark}</span>'
MARKS = {"same": "✓", "differs": "~", "raises": "✗", "machine": "–", "stale": "?"}


def page_cells(matrix: Matrix, blocks: list[Path], text: dict[str, str]) -> list[tuple[str, str]]:
    """(kind, counts in words) of one page on each minor."""
    reference = [matrix.outcome(matrix.shown, b) for b in blocks]
    cells = []
    for minor in MINORS:
        outcomes = [matrix.outcome(minor, b) for b in blocks]
        if any(o is None for o in outcomes + reference):
            cells.append(("stale", text["stale_cell"]))
            continue
        machine = sum(1 for o in outcomes if model.machine_failure(o[1]))
        raised = sum(1 for o in outcomes if o[1]) - machine
        differ = sum(1 for o, r in zip(outcomes, reference) if o != r and not o[1])
        kind = "raises" if raised else "differs" if differ else "machine" if machine else "same"
        cells.append((kind, text["cell"].format(blocks=len(blocks), differ=differ, raised=raised, machine=machine)))
    return cells


def matrix_table(matrix: Matrix, docs: Path, snippets: Path, language: str, order: list[str],
                 text: dict[str, str]) -> str:
    """Pages x minors, one mark per cell (a heatmap: colour and symbol), then the same in words:
    per page, the versions grouped by what its CPU blocks do there."""
    rows = [f"| {text['page']} | " + " | ".join(f'<span class="compat-minor">{m}</span>' for m in MINORS) + " |",
            "|---|" + "---|" * len(MINORS)]  # no alignment: Python-Markdown would write style= (a11y.css centres)
    words = []
    for name in order:
        page = docs / language / name
        source = page.read_text(encoding="utf-8")
        # Each block's program: a translation prints something else exactly where its program
        # does (tests/test_compat.py), so both languages' matrices count the programs.
        targets = [snippets / model.program_name(i.file) for i in map(model.include, source.splitlines()) if i]
        blocks = [t for t in dict.fromkeys(targets) if t.is_file() and not model.needs_cuda(matrix.source(t))]
        if not blocks:
            continue
        cells = page_cells(matrix, blocks, text)
        link = f"[{page_title(source, page.stem)}]({name})"
        rows.append(f"| {link} | " + " | ".join(
            CELL.format(kind=kind, title=f"torch {minor}: {counts}", mark=MARKS[kind])
            for minor, (kind, counts) in zip(MINORS, cells)) + " |")
        runs: dict[tuple[str, str], list[str]] = {}
        for minor, cell in zip(MINORS, cells):
            runs.setdefault(cell, []).append(minor)
        words.append(f"    - {link}: " + "; ".join(f"{MARKS[kind]} torch {ranges(minors)}: {counts}"
                                                   for (kind, counts), minors in runs.items()))
    return ('<div class="compat-matrix" markdown>\n\n' + "\n".join(rows) + "\n\n</div>\n\n"
            + text["legend"].format(shown=matrix.shown) + "\n\n"
            + f'??? info "{text["in_words"]}"\n\n' + "\n".join(words) + "\n")


_matrix: Matrix | None = None


def on_config(config, **kwargs):
    global _matrix
    _matrix = Matrix(model.shown_minor(), model.TORCH_MINOR)  # hooks/versions.py reports a wrong minor
    return config


def on_page_markdown(markdown, page, config, files):
    language, text = config.theme["language"], config.extra["text"]["compat"]
    snippets = model.SNIPPETS  # the real files: their hashes are what the data was recorded for
    if MATRIX in markdown:
        order = nav_files(config["nav"])
        markdown = markdown.replace(MATRIX, matrix_table(_matrix, Path(config["docs_dir"]), snippets, language, order, text))
    return annotate_page(markdown, snippets, _matrix, text, page.file.src_uri)
