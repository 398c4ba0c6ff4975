"""The guide's page model: the grammar of a page and of the project, in one place.

Hooks, tests, .ci/* and the workflows read these rules from here; nothing else defines
them. It needs only the standard library (the workflows run it before installing anything).

The pipeline, input to output:

    requirements.txt   the torch pin (TORCH_PIN)            docs/assets/compat/<minor>.json
    snippets/<topic>/NN_slug.py                             what each CPU snippet printed on
      runnable; prints; its output in `#>` lines;           each torch minor (tests/compat.py)
      `# requires: cuda` first line for a GPU one                      |
            |                                                          |
            |   docs/{es,en}/<page>.md: a fence whose body is `--8<-- "topic/NN_slug.py"`
            |            |                                             |
            v            v                                             v
      mkdocs build --strict (mkdocs.yml); static-i18n builds Spanish, then English. Stages,
      by event, each hook with one job (none reads what another wrote into the config):
        config    versions.py        the torch the build shows (shown_minor: $TORCH_MINOR or
                                     the pin): footer version, and the snippet folder
                                     (prepare_snippets_folder: another torch's `#>` lines)
                  torch_versions.py  the recorded outputs of every minor
                  i18n.py            the permalink title in the build's language
                  notebooks.py       mkdocs-jupyter's cache folder: per language and data
        Markdown  macros.py          (mkdocs-macros) {{ torch }} and {{ printed(...) }}: the
                                     build's torch and figures read off the shown `#>` lines
                  torch_versions.py  after each CPU block: the torches that print the same,
                                     a diff or exception for the others; the matrix page
                  gpu_unverified.py  after each CUDA block no GPU has run: a warning
                  snippet_links.py   each single-include block's title gets its path
          pymdownx.snippets expands the includes; Pygments highlights; Material renders
        HTML      page_html.py       the one HTML-parser pass, its stages in order:
                                     notebook page, plain tokens, output lines, focusable
                                     code, download links, API links, description
        context   page_meta.py       whether the page shows outputs (its footer line)
                  i18n.py            language links relative to the site root; hreflang
        templates overrides/         <head>, footer, language links, 404 (words: mkdocs.yml
                                     extra.text, per language)
        page      csp.py             one HTML-parser pass over the whole page: the
                                     Content-Security-Policy <meta> with the hashes of its
                                     inline scripts; the body's scripts deferred
        post-build i18n.py (404 and sitemap per language), snippet_links.py (the .py
                   files), offline.py (offline search, archive); notebooks.py writes each
                   notebook's .ipynb as its page is written
            |
            v
      site/ (Spanish at /, English at /en/; mike: one folder per PUBLISHED minor)

Run it to print a value for the shell and the workflows:

    python hooks/page_model.py minors      # JSON list: ["2.0", ..., "2.15"]
    python hooks/page_model.py published   # 2.13 2.14 2.15
    python hooks/page_model.py pin         # 2.13.0
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
COMPAT_DATA = DOCS / "assets" / "compat"
MEASUREMENTS = DOCS / "assets" / "measurements"  # <device>.json: tests/benchmarks/measure.py
REQUIREMENTS = ROOT / "requirements.txt"
LANGUAGES = ("es", "en")  # the default language first, as in mkdocs.yml's i18n plugin

# --- the project --------------------------------------------------------------------------

# The newest patch of each minor on PyPI (2026-11-28). Add a minor here when torch releases one.
MINORS = {
    "2.0": "2.0.1", "2.1": "2.1.2", "2.2": "2.2.2", "2.3": "2.3.1", "2.4": "2.4.1",
    "2.5": "2.5.1", "2.6": "2.6.0", "2.7": "2.7.1", "2.8": "2.8.0", "2.9": "2.9.1",
    "2.10": "2.10.0", "2.11": "2.11.0", "2.12": "2.12.1", "2.13": "2.13.0", "2.14": "2.14.1",
    "2.15": "2.15.0",
}
PUBLISHED = ["2.13", "2.14", "2.15"]  # oldest first; mike's `latest` is the last


def _pin() -> str:
    pin = re.search(r"^torch==(\S+)", REQUIREMENTS.read_text(encoding="utf-8"), re.M)
    if pin is None:
        raise ValueError(f"{REQUIREMENTS}: no `torch==<version>` line")
    return pin[1]


TORCH_PIN = _pin()  # "2.13.0": every `#>` line in snippets/ was printed with it
TORCH_MINOR = ".".join(TORCH_PIN.split(".")[:2])


def offline() -> bool:
    """OFFLINE=true: the build is the offline copy, read from disk (hooks/offline.py); read as
    mkdocs.yml's `!ENV` would (a YAML true)."""
    return os.environ.get("OFFLINE", "").strip().lower() in {"true", "yes", "on"}


def shown_minor() -> str:
    """The torch whose outputs a build shows: $TORCH_MINOR (a deploy sets it), else the pin's."""
    minor = os.environ.get("TORCH_MINOR") or TORCH_MINOR
    if minor not in MINORS:
        raise ValueError(f"TORCH_MINOR={minor}: no such minor in hooks/page_model.py MINORS "
                         f"(known: {', '.join(MINORS)})")
    return minor


def shown_torch(minor: str) -> str:
    """The torch version a build of `minor` names (footer, API links): the pin, or that minor's patch."""
    return TORCH_PIN if minor == TORCH_MINOR else MINORS[minor]


def version_ranges(minors: list[str]) -> str:
    """["2.0", "2.1", "2.2", "2.5"] -> "2.0–2.2, 2.5" (runs in the order of MINORS)."""
    order, runs = list(MINORS), []
    for minor in sorted(minors, key=order.index):
        if runs and order.index(minor) == order.index(runs[-1][-1]) + 1:
            runs[-1].append(minor)
        else:
            runs.append([minor])
    return ", ".join(run[0] if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)


# --- a snippet ----------------------------------------------------------------------------

OUTPUT_PREFIX = "#>"  # a line that starts with it (after indentation) is printed output
CUDA_HEADER = "# requires: cuda"  # the first line of a snippet that needs a GPU
GPU_VERIFIED = "# gpu-verified:"  # under the header, once a GPU run printed its `#>` lines
ANNOTATION = re.compile(r"# \(\d+\)!")  # Material's code annotation marker


def is_output_line(line: str) -> bool:
    return line.lstrip().startswith(OUTPUT_PREFIX)


def printed(source: str) -> str:
    """What a snippet prints, as its `#>` lines show it: one line each, prefix removed."""
    return "\n".join(line.lstrip()[len(OUTPUT_PREFIX) + 1:] for line in source.splitlines() if is_output_line(line))


def _first_line(source: str) -> str:
    return next((line for line in source.split("\n") if line.strip()), "").strip()


def needs_cuda(source: str) -> bool:
    """A snippet that needs a GPU says so in its first line (blank lines before it aside:
    a page's block, as pytest-markdown-docs collects it, starts with the page's padding)."""
    return _first_line(source) == CUDA_HEADER


def gpu_verified(source: str) -> bool:
    """A CUDA snippet whose `#>` lines a GPU printed: `# gpu-verified: ...` in its first lines."""
    return any(line.startswith(GPU_VERIFIED) for line in source.lstrip("\n").split("\n")[:3])


# Failures of the test machine, not of torch: torch 2.0's torch.compile refuses Python 3.11, which
# tests/compat.py runs every minor with. The notes and checks do not count them as torch's answer.
MACHINE_FAILURES = ("RuntimeError: Python 3.11+ not yet supported for torch.compile",)


def machine_failure(error: str | None) -> bool:
    return bool(error) and any(line.startswith(MACHINE_FAILURES) for line in error.splitlines())


# Part of every hash: a change to what a record holds (2: each write kept apart, not merged per
# line) makes all recorded data stale, so the matrix records it again.
RECORD_FORMAT = "2"


def code_hash(source: str) -> str:
    """The snippet without its `#>` lines: rewriting outputs does not make recorded data stale."""
    code = "".join(line for line in source.splitlines(keepends=True) if not is_output_line(line))
    return hashlib.sha256((RECORD_FORMAT + code).encode()).hexdigest()[:16]


def _statements(tree: ast.AST):
    """Every statement the module itself executes (function bodies excluded)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.stmt):
            yield node
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                yield from _statements(node)
        elif isinstance(node, (ast.ExceptHandler, ast.match_case)):
            yield from _statements(node)


@cache
def _statements_of(source: str) -> tuple[ast.stmt, ...]:
    return tuple(_statements(ast.parse(source)))  # a build annotates each snippet once per torch minor


def annotate(source: str, writes) -> str:
    """`source` with its `#>` lines replaced by `writes`: (line of the printing statement, text)
    pairs, each put after the innermost statement that holds its line."""
    statements = _statements_of(source)

    def anchor(line: int) -> ast.stmt:
        holding = [s for s in statements if s.lineno <= line <= s.end_lineno]
        if not holding:
            raise ValueError(f"output from line {line} is not inside a statement of the snippet")
        return min(holding, key=lambda s: s.end_lineno - s.lineno)

    anchors: dict[int, ast.stmt] = {}  # a record has many writes per line (each print argument)
    outputs: dict[int, tuple[int, str]] = {}  # statement's last line -> (indent, text)
    for line, text in writes:
        statement = anchors[line] if line in anchors else anchors.setdefault(line, anchor(line))
        indent, previous = outputs.get(statement.end_lineno, (statement.col_offset, ""))
        outputs[statement.end_lineno] = (indent, previous + text)

    annotated = []
    for number, line in enumerate(source.splitlines(keepends=True), 1):
        if is_output_line(line):
            continue
        annotated.append(line)
        if number in outputs:
            if not line.endswith("\n"):
                annotated[-1] += "\n"
            indent, text = outputs[number]
            for out in text.splitlines():
                annotated.append(" " * indent + (f"{OUTPUT_PREFIX} {out}".rstrip()) + "\n")
    return "".join(annotated)


def snippet_files(snippets: Path | None = None) -> list[Path]:
    """Every text of every snippet: the programs and their translations."""
    return sorted((snippets or SNIPPETS).rglob("*.py"))


# --- a snippet's texts: one program, a text per language -----------------------------------
# The program is the English text, `topic/NN_slug.py`; the text a page in another language
# includes sits beside it, `topic/NN_slug.es.py`: the same program, line for line, with its
# comments, docstrings and the strings it prints in that language. The torch matrix runs the
# program only; a translation's outputs on other torches are the program's, with each string
# the program printed said as the text says it (`Labels`): what torch printed is never touched.

PROGRAM_LANGUAGE = "en"


def text_name(program: str, language: str) -> str:
    """"no_grad/04_x.py", "es" -> "no_grad/04_x.es.py" (the program itself in PROGRAM_LANGUAGE)."""
    return program if language == PROGRAM_LANGUAGE else f"{program[:-3]}.{language}.py"


def text_language(name: str) -> str:
    """"no_grad/04_x.es.py" -> "es"; a program's name -> PROGRAM_LANGUAGE."""
    stem, _, language = name[:-3].rpartition(".")
    return language if name.endswith(".py") and stem and language in LANGUAGES else PROGRAM_LANGUAGE


def program_name(name: str) -> str:
    """"no_grad/04_x.es.py" -> "no_grad/04_x.py"; a program's name stays as it is."""
    language = text_language(name)
    return name if language == PROGRAM_LANGUAGE else name[:-len(f".{language}.py")] + ".py"


def is_program(path: Path) -> bool:
    return text_language(path.name) == PROGRAM_LANGUAGE


def programs(snippets: Path | None = None) -> list[Path]:
    return [p for p in snippet_files(snippets) if is_program(p)]


def translations(snippets: Path | None = None) -> list[Path]:
    return [p for p in snippet_files(snippets) if not is_program(p)]


class NotTheSameProgram(ValueError):
    pass


@dataclass(frozen=True)
class Labels:
    """What a text says otherwise than its program, as the program prints it: a string printed
    whole (a `print` argument), an f-string's text, or a string an f-string prints whole as one
    of its values (`f"{name}: {n}"` with `name = "grad mode"`). Nothing else is touched: a
    value, torch's message inside an f-string, what C code writes."""

    strings: dict[str, str]
    # Each f-string of the program with text of its own, the most specific first: the pattern
    # that matches a write of it whole (a group per value), and the text's parts (None: a value).
    fstrings: tuple[tuple[re.Pattern, tuple[str | None, ...]], ...]
    said: dict = field(default_factory=dict, compare=False)  # each write once: 16 torches print much the same

    def _said(self, written: str) -> tuple[set[str], str]:
        """(the program's strings `written` shows, `written` as the text writes it)."""
        if written not in self.said:
            self.said[written] = self._say(written)
        return self.said[written]

    def _say(self, written: str) -> tuple[set[str], str]:
        if written in self.strings:
            return {written}, self.strings[written]
        for pattern, parts in self.fstrings:
            if match := pattern.fullmatch(written):
                values = iter(self.strings.get(value, value) for value in match.groups())
                return set(match.groups()) & set(self.strings), "".join(
                    next(values) if part is None else part for part in parts)
        return set(), written

    def translate(self, writes) -> list[tuple[int, str]]:
        """The program's writes (each a print argument) as the text writes them."""
        return [(line, self._said(text)[1]) for line, text in writes]

    def unsaid(self, writes) -> list[str]:
        """The strings the text says otherwise that none of `writes` showed: a string that
        differs must be one the program prints (or a docstring), never data."""
        shown = set().union(*(self._said(text)[0] for _, text in writes))
        return [english for english in self.strings if english not in shown]


def _string(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _parts(node: ast.JoinedStr) -> tuple[str | None, ...]:
    return tuple(value.value if _string(value) else None for value in node.values)


def _pair(program, text, strings: dict | None, fstrings: dict | None) -> None:
    """Walk both trees together: NotTheSameProgram at the first node that differs (or sits on
    other lines), string constants aside; record the strings that differ. With no dicts (an
    f-string's values and format specs), strings must be equal too."""
    if type(program) is not type(text):
        raise NotTheSameProgram(f"{type(program).__name__} against {type(text).__name__}")
    if isinstance(program, list):
        if len(program) != len(text):
            raise NotTheSameProgram(f"{len(program)} items against {len(text)}")
        for a, b in zip(program, text):
            _pair(a, b, strings, fstrings)
        return
    if not isinstance(program, ast.AST):
        if program != text:
            raise NotTheSameProgram(f"{program!r} against {text!r}")
        return
    for place in ("lineno", "end_lineno"):
        if getattr(program, place, None) != getattr(text, place, None):
            raise NotTheSameProgram(f"{type(program).__name__} on line {getattr(program, place)} "
                                    f"against line {getattr(text, place)}")
    try:
        if strings is not None and isinstance(program, ast.Expr) and _string(program.value) and _string(text.value):
            return  # a docstring: never printed
        if strings is not None and _string(program) and _string(text):
            if program.value != text.value:
                strings.setdefault(program.value, set()).add(text.value)
            return
        if strings is not None and isinstance(program, ast.JoinedStr):
            kinds = [[_string(v) for v in node.values] for node in (program, text)]
            if kinds[0] != kinds[1]:
                raise NotTheSameProgram("an f-string with its text and values in another order")
            for a, b in zip(program.values, text.values):
                if not _string(a):
                    _pair(a, b, None, None)  # a value and its format spec: exactly the program's
            fstrings.setdefault(_parts(program), set()).add(_parts(text))
            return
        for (_, a), (_, b) in zip(ast.iter_fields(program), ast.iter_fields(text)):
            _pair(a, b, strings, fstrings)
    except NotTheSameProgram as error:
        if hasattr(program, "lineno") and not str(error).startswith("line "):
            raise NotTheSameProgram(f"line {program.lineno}: {error}") from None
        raise


@cache
def labels(program: str, text: str) -> Labels:
    """What the text says otherwise than the program, as `Labels`.

    NotTheSameProgram unless the text is the program line for line: the same first-line
    headers, line count and `# (N)!` markers, the same syntax tree with each node on the same
    lines, string constants, docstrings and comments aside; a string said one way only."""
    lines = program.split("\n"), text.split("\n")
    headers = [[line for line in text_lines[:3] if line.startswith((CUDA_HEADER, GPU_VERIFIED))] for text_lines in lines]
    if headers[0] != headers[1]:
        raise NotTheSameProgram(f"the first lines' headers differ ({headers[0]} against {headers[1]}): "
                                f"`{CUDA_HEADER}` and `{GPU_VERIFIED}` go in both texts, word for word")
    if len(lines[0]) != len(lines[1]):
        raise NotTheSameProgram(f"{len(lines[0])} lines against {len(lines[1])}")
    for number, (a, b) in enumerate(zip(*lines), 1):
        if ANNOTATION.findall(a) != ANNOTATION.findall(b):
            raise NotTheSameProgram(f"line {number}: the `# (N)!` markers differ")
    strings: dict[str, set] = {}
    fstrings: dict[tuple, set] = {}
    _pair(ast.parse(program), ast.parse(text), strings, fstrings)
    for english, said in [*strings.items(), *fstrings.items()]:
        if len(said) > 1:
            raise NotTheSameProgram(f"{english!r} is said {len(said)} ways: {sorted(map(str, said))}")
    # An f-string with no text of its own shows a whole write, which `strings` reads; the most
    # specific f-strings first ("norm {…}" before "{…}: {…}").
    by_text = sorted((english for english in fstrings if any(english)), key=lambda parts: -sum(map(len, filter(None, parts))))
    return Labels({english: said.pop() for english, said in strings.items()},
                  tuple((re.compile("".join("(.*?)" if part is None else re.escape(part) for part in english), re.S),
                         fstrings[english].pop()) for english in by_text))


def text_problem(text: Path) -> str | None:
    """Why a translation is not its program's text (None when it is), naming both files."""
    program = text.with_name(program_name(text.name))
    if not program.is_file():
        return f"{text} is a translation of {program}, which does not exist"
    try:
        ast.parse(program.read_text(encoding="utf-8"), str(program))
        labels(program.read_text(encoding="utf-8"), text.read_text(encoding="utf-8"))
    except SyntaxError as error:
        return f"{error.filename or text}:{error.lineno}: {error.msg}"
    except NotTheSameProgram as error:
        return f"{text} is not the same program as {program}, line for line (comments and strings aside): {error}"
    return None


def snippet_id(path: Path, snippets: Path | None = None) -> str:
    return path.relative_to(snippets or SNIPPETS).as_posix()


# --- a page -------------------------------------------------------------------------------

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>.*)$")
# pymdownx.snippets' block syntax: "file.py" (the whole file) or "file.py:section"
INCLUDE = re.compile(r'^[ \t]*-{1,}8<-{1,}[ \t]+"(?P<target>[^"]+)"[ \t]*$')
HL_LINES = re.compile(r'hl_lines="(?P<lines>[-\d ]+)"')
TITLE = re.compile(r'title="(?P<title>[^"]*)"')
TITLE_SEPARATOR = " · "  # a block's title: "caption · topic/NN_slug.py" (hooks/snippet_links.py)
SNIPPETS_URL = "snippets"  # the snippets' folder in the built site, for the download links
PYTHON_LANGUAGES = {"py", "python", "python3"}  # the fences pytest-markdown-docs runs (its plugin.py)
NOTEBOOK_START = "---\njupyter:"  # a jupytext Markdown notebook (mkdocs-jupyter runs it)


@dataclass(frozen=True)
class Include:
    """One `--8<--` line: the snippet file (relative to snippets/) and the section, if any."""

    file: str
    section: str | None

    @property
    def whole(self) -> bool:
        return self.section is None


def include(line: str) -> Include | None:
    match = INCLUDE.match(line)
    if match is None:
        return None
    file, _, section = match["target"].partition(":")
    return Include(file, section or None)


def fence_language(info: str) -> str:
    """`python`, `{ .python title="x" }` or `py hl_lines="1"` -> the language."""
    info = info.strip()
    if info.startswith("{"):  # attribute list: the first `.class` is the language
        dotted = [part[1:] for part in info.strip("{}").split() if part.startswith(".")]
        return (dotted or [""])[0].lower()
    return (info.split() or [""])[0].lower()  # a `.word` inside a title="..." is not a language


def highlighted_lines(info: str) -> list[int]:
    """The block lines `hl_lines` names, counted as the block shows them (`#>` lines included)."""
    match = HL_LINES.search(info)
    lines: list[int] = []
    for part in (match["lines"].split() if match else []):
        first, _, last = part.partition("-")
        lines += range(int(first), int(last or first) + 1)
    return lines


def scan(text: str):
    """Yield (line number, line, the info of the fence it is in or None) for each line of a page.

    Fence lines themselves are not yielded. An indented fence (in an admonition or tab) counts.
    """
    fence = info = None
    for number, line in enumerate(text.split("\n"), 1):
        match = FENCE.match(line)
        if fence is None and match:
            fence, info = match["fence"], match["info"]
            continue
        if fence is not None and match and match["fence"].startswith(fence) and not match["info"]:
            fence = info = None
            continue
        yield number, line, info


@dataclass(frozen=True)
class Block:
    """A fenced block of a page: where it opens and closes, its info string and its body."""

    start: int  # the line of the opening fence (0-based)
    end: int  # the line of the closing fence (0-based)
    indent: str
    info: str
    body: tuple[str, ...]

    @property
    def language(self) -> str:
        return fence_language(self.info)

    @property
    def single_include(self) -> Include | None:
        """The include, when the body is one `--8<--` line and nothing else."""
        lines = [line for line in self.body if line.strip()]
        return include(lines[0]) if len(lines) == 1 else None

    @property
    def includes(self) -> list[Include]:
        return [i for line in self.body if (i := include(line))]


def blocks(text: str) -> list[Block]:
    """Every fenced block of a page, in order (nested containers' fences included)."""
    lines, found, open_ = text.split("\n"), [], None
    for number, line in enumerate(lines):
        match = FENCE.match(line)
        if open_ is None and match:
            open_ = (number, match)
        elif open_ is not None and match and match["fence"].startswith(open_[1]["fence"]) and not match["info"]:
            start, opening = open_
            found.append(Block(start, number, opening["indent"], opening["info"], tuple(lines[start + 1:number])))
            open_ = None
    return found


def annotation_list(lines: list[str], block: Block) -> tuple[int, int]:
    """The numbered list right after `block` (1., 2., ... at the block's indent, each item's
    text indented 4 more, blank lines between): how many items, and the line after it.
    Material attaches `# (N)!` annotations to a block only through that list."""
    items, position, end = 0, block.end + 1, block.end + 1
    while position < len(lines):
        line = lines[position]
        if re.match(rf"{re.escape(block.indent)}{items + 1}\.\s", line):
            items += 1
        elif line.strip() and not (items and line.startswith(block.indent + "    ")):
            break
        position += 1
        if line.strip():
            end = position
    return items, end if items else block.end + 1


def after_block(lines: list[str], block: Block, annotated: bool) -> int:
    """Where a line placed after `block` goes in `lines`: right after its closing fence; or, when
    its code has annotation markers (`# (1)!`), after the numbered list of the annotations."""
    return annotation_list(lines, block)[1] if annotated else block.end + 1


def is_notebook(text: str) -> bool:
    return text.startswith(NOTEBOOK_START)


# --- what each torch printed (tests/compat.py records it) ----------------------------------

def data_file(minor: str) -> Path:
    return COMPAT_DATA / f"{minor}.json"


def load(minor: str) -> dict | None:
    """One minor's recorded data (read only: the same object serves every caller until the file changes)."""
    path = data_file(minor)
    return _load(path, path.stat().st_mtime_ns) if path.exists() else None


@cache
def _load(path: Path, mtime_ns: int) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))  # a page's macros ask for the same file again and again


def annotated(source: str, record: dict) -> str:
    """The snippet as it reads with the `#>` lines one torch printed (a record of compat data)."""
    return annotate(source, [tuple(write) for write in record["writes"]])


def recorded_output(minor: str, path: Path) -> str | None:
    """What a CPU snippet printed on `minor` (its `#>` lines, as printed() reads them), or None
    when that minor has no data for its current code."""
    source = path.read_text(encoding="utf-8")
    record = fresh_record(load(minor) or {}, path, source)
    return printed(annotated(source, record)) if record else None


def fresh_record(data: dict, path: Path, source: str) -> dict | None:
    """A snippet's record in one minor's data, unless its code changed since it was recorded.
    For a translation: its program's record, the strings the program printed said as the text
    says them (None also when the text is no longer its program)."""
    if is_program(path):
        record = data.get("snippets", {}).get(snippet_id(path))
        return record if record and record["hash"] == code_hash(source) else None
    program = path.with_name(program_name(path.name))
    if not program.is_file() or (record := fresh_record(data, program, program.read_text(encoding="utf-8"))) is None:
        return None
    try:
        said = labels(program.read_text(encoding="utf-8"), source)
    except (NotTheSameProgram, SyntaxError):
        return None
    return {**record, "writes": said.translate(record["writes"])}


SHOWN_SNIPPETS = ROOT / ".cache" / "snippets"  # per minor, as that torch printed them


def snippets_folder(minor: str) -> Path:
    """Where a build of `minor` includes its snippets from: snippets/ for the pinned torch; for
    another, a copy in .cache/snippets/<minor>/ (prepare_snippets_folder writes it)."""
    return SNIPPETS if minor == TORCH_MINOR else SHOWN_SNIPPETS / minor


def prepare_snippets_folder(minor: str) -> Path:
    """snippets_folder(minor), written for another torch: its CPU snippets carry the `#>` lines
    that torch printed (a snippet without fresh data, or a CUDA one, as it is). Rewritten in
    place, file by file, only where it changed: a second build of the same minor finds it ready."""
    folder = snippets_folder(minor)
    if minor == TORCH_MINOR:
        return folder
    data = load(minor) or {}
    wanted = set()
    for path in snippet_files():
        source = path.read_text(encoding="utf-8")
        record = None if needs_cuda(source) else fresh_record(data, path, source)
        text = annotated(source, record) if record else source
        target = folder / snippet_id(path)
        wanted.add(target)
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    for leftover in set(folder.rglob("*.py")) - wanted:  # a snippet deleted since
        leftover.unlink()
    return folder


def cpu_snippets(snippets: Path | None = None) -> list[Path]:
    """The CPU programs: what the torch matrix runs (a translation's data is its program's)."""
    return [p for p in programs(snippets) if not needs_cuda(p.read_text(encoding="utf-8"))]


def stale(minor: str, snippets: Path | None = None) -> list[Path]:
    """CPU snippets with no data for `minor`, or whose code changed since it was recorded."""
    recorded = (load(minor) or {}).get("snippets", {})
    return [p for p in cpu_snippets(snippets)
            if recorded.get(snippet_id(p, snippets), {}).get("hash") != code_hash(p.read_text(encoding="utf-8"))]


def unpaired_texts(snippets: Path | None = None) -> list[str]:
    """Translations that are no longer their program's text: their pages would show the
    program's outputs on other torches beside other code."""
    return [problem for path in translations(snippets) if (problem := text_problem(path))]


def main(argv: list[str]) -> None:
    values = {"minors": json.dumps(list(MINORS)), "published": " ".join(PUBLISHED), "pin": TORCH_PIN}
    if len(argv) != 1 or argv[0] not in values:
        sys.exit(f"usage: python hooks/page_model.py {{{'|'.join(values)}}}")
    print(values[argv[0]])


if __name__ == "__main__":
    main(sys.argv[1:])
