"""What each block prints on every torch from 2.0 to the newest, from docs/assets/compat/.

tests/compat.py records, per torch minor, what every CPU snippet printed. This hook:

1. After each block that includes a CPU snippet, says on which torch versions it prints
   the same, and in a collapsed note the exact lines that differ (a diff) or the exception
   it raises, with the versions. A snippet changed since its data was recorded gets
   "checked on torch X only" (tests/test_compat.py fails on it, naming the refresh command).
2. Builds the site as a given torch prints it: with TORCH_MINOR=2.15 (set by .ci/deploy)
   the `#>` lines of every CPU snippet are the ones torch 2.15 printed, and the footer
   names that torch. Stale data fails such a build.
3. Fills the compatibility page (`<!-- compat-matrix -->`): pages x versions.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import compat  # noqa: E402

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>.*)$")
INCLUDE = re.compile(r'^[ \t]*-{1,}8<-{1,}[ \t]+"(?P<target>[^":]+)[^"]*"[ \t]*$')
HL_LINES = re.compile(r'hl_lines="(?P<lines>[-\d ]+)"')
MATRIX = "<!-- compat-matrix -->"
ANNOTATION = re.compile(r"# \(\d+\)!")  # Material's code annotation marker

TEXT = {
    "es": {
        "same": "Misma salida en torch {versions}.",
        "only": "Salida comprobada solo en torch {shown}: las demás versiones aún no han ejecutado este código.",
        "differs": "La salida cambia en torch {versions}",
        "raises": "Lanza una excepción en torch {versions}",
        "needs": "Necesita torch ≥ {first}",
        "diff_intro": "Líneas que cambian respecto a torch {shown} (`-`) en torch {versions} (`+`):",
        "raise_intro": "En torch {versions} lanza:",
        "stderr_intro": "En torch {versions} escribe además en stderr:",
        "cell": "torch {minor}: {blocks} bloques, {differ} imprimen otra cosa, {raised} lanzan una excepción",
        "stale_cell": "sin datos para el código actual",
        "page": "Página", "legend": "✓ todos los bloques imprimen lo mismo que en torch {shown}; "
        "~n: n bloques imprimen otra cosa; ✗n: n bloques lanzan una excepción; "
        "?: aún no se ha ejecutado el código actual en esa versión.",
    },
    "en": {
        "same": "Same output on torch {versions}.",
        "only": "Output checked on torch {shown} only: the other versions have not run this code yet.",
        "differs": "Output differs on torch {versions}",
        "raises": "Raises on torch {versions}",
        "needs": "Needs torch ≥ {first}",
        "diff_intro": "Lines that differ from torch {shown} (`-`) on torch {versions} (`+`):",
        "raise_intro": "On torch {versions} it raises:",
        "stderr_intro": "On torch {versions} it also writes to stderr:",
        "cell": "torch {minor}: {blocks} blocks, {differ} print something else, {raised} raise",
        "stale_cell": "no data for the current code",
        "page": "Page", "legend": "✓ every block prints what it prints on torch {shown}; "
        "~n: n blocks print something else; ✗n: n blocks raise; "
        "?: the current code has not run on that version yet.",
    },
}


def pinned_minor(config_dir: Path) -> str:
    pin = re.search(r"^torch==(\d+\.\d+)", (config_dir / "requirements.txt").read_text(), re.M)
    return pin[1]


def shown_minor(config_dir: Path) -> str:
    """The torch whose outputs this build shows: TORCH_MINOR, else the pinned one."""
    minor = os.environ.get("TORCH_MINOR") or pinned_minor(config_dir)
    if minor not in compat.MINORS:
        raise PluginError(f"TORCH_MINOR={minor}: no such minor in tests/compat.py (known: {', '.join(compat.MINORS)})")
    return minor


def ranges(minors: list[str]) -> str:
    """["2.0", "2.1", "2.2", "2.5"] -> "2.0–2.2, 2.5" (runs in the order of compat.MINORS)."""
    order, runs = list(compat.MINORS), []
    for minor in sorted(minors, key=order.index):
        if runs and order.index(minor) == order.index(runs[-1][-1]) + 1:
            runs[-1].append(minor)
        else:
            runs.append([minor])
    return ", ".join(run[0] if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)


class Matrix:
    """The recorded data, and what one snippet prints on each minor."""

    def __init__(self, shown: str, pinned: str):
        self.shown, self.pinned = shown, pinned
        self.data = {m: compat.load(m) or {"snippets": {}} for m in compat.MINORS}
        self._outcomes: dict[tuple, tuple | None] = {}

    @functools.cache
    def source(self, snippet: Path) -> str:
        return snippet.read_text(encoding="utf-8")  # one build reads each snippet once

    @functools.cache
    def code_hash(self, snippet: Path) -> str:
        return compat.code_hash(self.source(snippet))

    def record(self, minor: str, snippet: Path) -> dict | None:
        record = self.data[minor]["snippets"].get(compat.snippet_id(snippet))
        return record if record and record["hash"] == self.code_hash(snippet) else None

    def outcome(self, minor: str, snippet: Path) -> tuple[str, str | None, str | None] | None:
        """(the snippet with that torch's `#>` lines, its exception, its stderr), or None if stale."""
        source = self.source(snippet)
        key = (minor, snippet, source)
        if key not in self._outcomes:  # each page asks for every minor: annotate each pair once
            if minor == self.pinned:
                outcome = source, None, None  # the file itself: the everyday suite proves it
            else:
                record = self.record(minor, snippet)
                outcome = record and (compat.annotated(source, record), record["error"], record["stderr"])
            self._outcomes[key] = outcome
        return self._outcomes[key]

    def groups(self, snippet: Path) -> dict[tuple, list[str]] | None:
        """Minors grouped by identical outcome, or None when any minor's data is stale."""
        groups: dict[tuple, list[str]] = {}
        for minor in compat.MINORS:
            outcome = self.outcome(minor, snippet)
            if outcome is None:
                return None
            groups.setdefault(outcome, []).append(minor)
        return groups


def note(matrix: Matrix, snippet: Path, indent: str, language: str) -> list[str]:
    text, shown = TEXT[language], matrix.shown
    groups = matrix.groups(snippet)
    if groups is None:
        return ["", indent + text["only"].format(shown=shown), indent + "{: .compat }", ""]
    reference = matrix.outcome(shown, snippet)
    lines = ["", indent + text["same"].format(versions=ranges(groups[reference])), indent + "{: .compat }", ""]
    others = [(outcome, minors) for outcome, minors in groups.items() if outcome != reference]
    if not others:
        return lines
    raising = sorted((m for (_, error, _), minors in others if error for m in minors), key=list(compat.MINORS).index)
    order = list(compat.MINORS)
    if raising and raising == order[:len(raising)]:
        title = text["needs"].format(first=order[len(raising)])
    elif raising:
        title = text["raises"].format(versions=ranges(raising))
    else:
        title = text["differs"].format(versions=ranges([m for _, minors in others for m in minors]))
    kind = "warning" if raising else "note"
    lines += [f'{indent}??? {kind} compat "{title}"']
    body = indent + "    "
    for (annotated, error, stderr), minors in others:
        versions = ranges(minors)
        diff = list(difflib.unified_diff(reference[0].splitlines(), annotated.splitlines(), n=1, lineterm=""))[2:]
        if diff:
            lines += ["", body + text["diff_intro"].format(shown=shown, versions=versions), "",
                      body + "```diff", *(body + d for d in diff), body + "```"]
        for intro, output in (("raise_intro", error), ("stderr_intro", stderr)):
            if output:
                lines += ["", body + text[intro].format(versions=versions), "",
                          body + "```text", *(body + o for o in output.rstrip("\n").splitlines()), body + "```"]
    return lines + [""]


def check_highlights(fence_info: str, snippet: Path, matrix: Matrix, page: str) -> None:
    """In a build of another torch, highlighted lines must still be the same code lines."""
    hl = HL_LINES.search(fence_info)
    outcome = matrix.outcome(matrix.shown, snippet)
    if not hl or outcome is None:
        return
    original, shown = snippet.read_text(encoding="utf-8").splitlines(), outcome[0].splitlines()
    for part in hl["lines"].split():
        first, _, last = part.partition("-")
        for number in range(int(first), int(last or first) + 1):
            if number > len(shown) or shown[number - 1] != original[number - 1]:
                raise PluginError(f"{page}: hl_lines {number} of {snippet.name} points at another line "
                                  f"with torch {matrix.shown}'s output: highlight code that does not move")


def annotate_page(markdown: str, snippets: Path, matrix: Matrix, language: str, page: str) -> str:
    out, pending, info = [], None, ""
    held, list_line = [], None  # a note waits below the block's annotation list, which must follow the block
    for line in markdown.splitlines():
        if held and not list_line.match(line):
            out, held = out + held, []
        out.append(line)
        fence = FENCE.match(line)
        include = INCLUDE.match(line)
        if include and (snippets / include["target"]).is_file():
            snippet = snippets / include["target"]
            if not compat.needs_cuda(snippet.read_text(encoding="utf-8")):
                pending = snippet
                check_highlights(info, snippet, matrix, page)
        elif fence:
            if pending is not None and not fence["info"]:
                lines = note(matrix, pending, fence["indent"], language)
                if ANNOTATION.search(matrix.source(pending)):
                    indent = re.escape(fence["indent"])
                    held, list_line = lines, re.compile(rf"^(?:[ \t]*|{indent}\d+\.\s.*|{indent}    .*)$")
                else:
                    out += lines
                pending = None
            info = fence["info"]
    return "\n".join(out + held) + "\n"


def nav_files(nav) -> list[str]:
    """The pages in navigation order: ["index.md", "no_grad.md", ...]."""
    if isinstance(nav, str):
        return [nav]
    items = nav.values() if isinstance(nav, dict) else nav
    return [file for item in items for file in nav_files(item)]


def page_title(text: str, fallback: str) -> str:
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text  # past the front matter
    return next((l[2:].split("{")[0].strip() for l in body.splitlines() if l.startswith("# ")), fallback)


CELL = '<span class="compat-{kind}" title="{title}">{text}</span>'


def matrix_table(matrix: Matrix, docs: Path, snippets: Path, language: str, order: list[str]) -> str:
    """Pages x minors: how many of a page's CPU blocks print something else, or raise."""
    text = TEXT[language]
    head = f"| {text['page']} | " + " | ".join(compat.MINORS) + " |"
    rows = [head, "|---|" + "---|" * len(compat.MINORS)]
    for name in order:
        page = docs / language / name
        source = page.read_text(encoding="utf-8")
        targets = [snippets / m["target"] for m in map(INCLUDE.match, source.splitlines()) if m]
        blocks = [t for t in dict.fromkeys(targets) if t.is_file() and not compat.needs_cuda(matrix.source(t))]
        if not blocks:
            continue
        reference = [matrix.outcome(matrix.shown, b) for b in blocks]
        cells = []
        for minor in compat.MINORS:
            outcomes = [matrix.outcome(minor, b) for b in blocks]
            if any(o is None for o in outcomes + reference):
                cells.append(CELL.format(kind="stale", title=text["stale_cell"], text="?"))
                continue
            raised = sum(1 for o in outcomes if o[1])
            differ = sum(1 for o, r in zip(outcomes, reference) if o != r and not o[1])
            kind = "raises" if raised else "differs" if differ else "same"
            label = " ".join(filter(None, [f"~{differ}" if differ else "", f"✗{raised}" if raised else ""])) or "✓"
            cells.append(CELL.format(kind=kind, title=text["cell"].format(
                blocks=len(blocks), differ=differ, raised=raised, minor=minor), text=label))
        rows.append(f"| [{page_title(source, page.stem)}]({name}) | " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n\n" + text["legend"].format(shown=matrix.shown) + "\n"


_matrix: Matrix | None = None


def on_config(config, **kwargs):
    global _matrix
    config_dir = Path(config.config_file_path).parent
    shown, pinned = shown_minor(config_dir), pinned_minor(config_dir)
    _matrix = Matrix(shown, pinned)
    if shown == pinned:
        return config
    # Another torch's build: every CPU snippet with the `#>` lines that torch printed.
    stale = [compat.snippet_id(p) for p in compat.stale(shown)]
    if stale:
        raise PluginError(f"docs/assets/compat/{shown}.json is stale for {', '.join(stale)}: run "
                          f"`python tests/compat.py run {shown} --stale` before building torch {shown}'s site")
    config["mdx_configs"]["pymdownx.snippets"]["base_path"] = str(snippets_as_printed_by(shown))
    config.extra["torch_version"] = _matrix.data[shown]["torch"]
    return config


_generated: dict[str, Path] = {}  # one folder per torch, shared by the language builds


def snippets_as_printed_by(minor: str) -> Path:
    if minor not in _generated:
        folder = Path(tempfile.mkdtemp(prefix=f"snippets-{minor}-"))
        for path in compat.SNIPPETS.rglob("*.py"):
            target = folder / path.relative_to(compat.SNIPPETS)
            target.parent.mkdir(parents=True, exist_ok=True)
            source = path.read_text(encoding="utf-8")
            outcome = None if compat.needs_cuda(source) else _matrix.outcome(minor, path)
            target.write_text(outcome[0] if outcome else source, encoding="utf-8")
        _generated[minor] = folder
    return _generated[minor]


def on_page_markdown(markdown, page, config, files):
    language = config.theme["language"]
    snippets = compat.SNIPPETS  # the real files: their hashes are what the data was recorded for
    if MATRIX in markdown:
        order = nav_files(config["nav"])
        markdown = markdown.replace(MATRIX, matrix_table(_matrix, Path(config["docs_dir"]), snippets, language, order))
    return annotate_page(markdown, snippets, _matrix, language, page.file.src_uri)
