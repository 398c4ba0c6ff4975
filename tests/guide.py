"""The rules a page of the guide follows, as functions the tests call.

Each check returns a list of problems, each naming the file (and line) at fault,
so that a test can be run on the real tree or on a broken copy of it.
"""

from __future__ import annotations

import collections
import difflib
import io
import re
import shutil
import tokenize
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import markdown
from markdown_it import MarkdownIt
from pymdownx.snippets import SnippetMissingError

import page_model as model
from page_model import (  # noqa: F401 (the tests read the model's names from here too)
    ANNOTATION, FENCE, HL_LINES, INCLUDE, LANGUAGES, PYTHON_LANGUAGES, TORCH_MINOR, is_notebook, is_output_line,
    snippet_files,
)

ROOT, DOCS, SNIPPETS = model.ROOT, model.DOCS, model.SNIPPETS
# What a build of the site reads, relative to ROOT; .cache is mkdocs-jupyter's (notebooks do not run again).
SITE_SOURCES = ["mkdocs.yml", "requirements.txt", "docs", "snippets", "overrides", "hooks", ".cache"]
ERROR_INDEX = Path("errors.md")  # its headings are PyTorch's error messages

HEADING = re.compile(r"^(?P<level>#{1,6})[ \t]+(?P<text>.*?)[ \t]*$")
ANCHOR = re.compile(r"\{[^}]*#(?P<id>[-\w]+)[^}]*\}$")
LINK = re.compile(r"\]\((?P<target>[^)\s]+)")
CONTAINER = re.compile(r"^(!!!|\?\?\?\+?|===\+?)[ \t]")  # admonitions, details, content tabs


def pages(docs: Path = DOCS, language: str = LANGUAGES[0]) -> list[Path]:
    """A language's pages, relative to its folder."""
    folder = docs / language
    return sorted(p.relative_to(folder) for p in folder.rglob("*.md"))


def page_url(language: str, page: Path) -> str:
    """docs/<language>/<page>.md -> its URL path relative to the site root."""
    folder = "" if language == LANGUAGES[0] else f"{language}/"
    stem = page.with_suffix("").as_posix()
    return folder + ("" if stem == "index" else f"{stem}/")


def copy_site(destination: Path, extra: tuple[str, ...] = ()) -> None:
    """Copy what a build reads (and `extra`) to `destination`, for builds of broken or deployed variants."""
    for name in [*SITE_SOURCES, *extra]:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name)
        elif source.exists():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, destination / name)


@cache
def mkdocs_config():
    """mkdocs.yml, loaded once per test process (read only: tests never change it)."""
    from mkdocs.config import load_config

    return load_config(str(ROOT / "mkdocs.yml"))


def i18n_languages() -> list:
    """The i18n plugin's languages, as mkdocs.yml lists them."""
    return mkdocs_config().plugins["i18n"].config.languages


def _snippet_options() -> dict:
    """pymdownx.snippets' options, read from mkdocs.yml: the one place they are set."""
    return dict(mkdocs_config().mdx_configs["pymdownx.snippets"])


def _language(language: str) -> dict:
    return next(lang for lang in i18n_languages() if lang["locale"] == language)


def site_text(language: str) -> dict:
    """mkdocs.yml's `extra.text` as a build in `language` sees it (static-i18n replaces it per language)."""
    return (_language(language).get("extra") or {}).get("text", mkdocs_config().extra["text"])


def site_name(language: str) -> str:
    """mkdocs.yml's site_name as a build in `language` shows it (static-i18n's per-language one)."""
    return _language(language).get("site_name") or mkdocs_config().site_name


def expand_includes(text: str, page: Path | None, snippets: Path = SNIPPETS) -> str:
    """`text` with its `--8<--` lines expanded exactly as the site's build does."""
    options = {**_snippet_options(), "base_path": [str(snippets)], "check_paths": True}
    md = markdown.Markdown(extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": options})
    try:
        return "\n".join(md.preprocessors["snippet"].run(text.split("\n")))
    except SnippetMissingError as error:
        raise SnippetMissingError(f"{page}: {error}" if page else str(error)) from None


def _flatten_containers(text: str) -> str:
    """Dedent admonition and tab bodies so a CommonMark parser sees their fences.

    Lines keep their numbers: a container's own line becomes blank.
    """
    out, body_indents = [], []
    for line in text.split("\n"):
        if line.strip():
            indent = len(line) - len(line.lstrip(" "))
            while body_indents and indent < body_indents[-1]:
                body_indents.pop()
            line = line[4 * len(body_indents):]
            if CONTAINER.match(line):
                body_indents.append(indent + 4)
                line = ""
        out.append(line)
    return "\n".join(out)


class RenderedBlocksParser(MarkdownIt):
    """What pytest-markdown-docs parses pages with: each fence as the site renders it."""

    def __init__(self):
        super().__init__("commonmark")

    def parse(self, src, env=None):
        if is_notebook(src):
            return []  # mkdocs-jupyter runs a notebook's cells at build time (allow_errors: false)
        tokens = super().parse(_flatten_containers(src), env)
        for token in tokens:
            if token.type == "fence" and _fence_language(token.info) in PYTHON_LANGUAGES:
                token.content = expand_includes(token.content, None)  # pytest names the page
        return tokens


_fence_language, _scan = model.fence_language, model.scan


def python_fences(text: str):
    """Yield (first body line number, fence info, body lines) for each Python fence."""
    fence = None
    for number, line, info in _scan(text):
        if info is None or _fence_language(info) not in PYTHON_LANGUAGES:
            continue
        if fence and fence[1] is info and number == fence[0] + len(fence[2]):
            fence[2].append(line)
            continue
        if fence:
            yield fence
        fence = (number, info, [line])
    if fence:
        yield fence


def highlight_problems(text: str, page: Path, snippets: Path = SNIPPETS) -> list[str]:
    """`hl_lines` must point at code: not past the end, not at a blank or `#>` line."""
    problems = []
    for number, info, body in python_fences(text):
        if not HL_LINES.search(info):
            continue
        shown = expand_includes("\n".join(body), page, snippets).split("\n")
        for line in sorted(set(model.highlighted_lines(info))):
            code = shown[line - 1] if 0 < line <= len(shown) else None
            if code is None or not code.strip() or is_output_line(code):
                problems.append(
                    f"{page}:{number - 1}: hl_lines highlights line {line} of the block, "
                    f"which is {'past its end' if code is None else repr(code)}"
                )
    return problems


def annotation_problems(text: str, page: Path, snippets: Path = SNIPPETS) -> list[str]:
    """A block with `# (N)!` markers must be followed by a list with an item for each."""
    lines = text.split("\n")
    problems = []
    for block in model.blocks(text):
        if block.language not in PYTHON_LANGUAGES:
            continue
        markers = len(ANNOTATION.findall(expand_includes("\n".join(block.body), page, snippets)))
        items, _ = model.annotation_list(lines, block)
        if markers != items:
            problems.append(f"{page}:{block.start + 1}: the block has {markers} annotation markers "
                            f"`# (N)!` but {items} numbered items follow it")
    return problems


@dataclass
class ErrorEntry:
    """One `##` section of the error index: its heading and what its snippets print."""

    line: int
    anchor: str | None
    title: str
    printed: list[str] = field(default_factory=list)
    outputs: list[list[str]] = field(default_factory=list)  # what each included snippet prints
    snippets: list[str] = field(default_factory=list)  # the included files, relative to snippets/

    @property
    def message(self) -> str | None:
        """The printed line that quotes the heading: the error as a reader sees it."""
        return next((out for out in self.printed if self.title in out), None)

    @property
    def fixes(self) -> int:
        """Included snippets that do not print the error: the tested fixes shown beside it."""
        return sum(not any(self.title in out for out in printed) for printed in self.outputs)


def error_entries(text: str, snippets: Path = SNIPPETS) -> list[ErrorEntry]:
    entries = []
    for number, line, info in _scan(text):
        heading = HEADING.match(line) if info is None else None
        if heading and len(heading["level"]) == 2:
            anchor = ANCHOR.search(heading["text"])
            entries.append(ErrorEntry(number, anchor and anchor["id"], ANCHOR.sub("", heading["text"]).strip()))
        elif entries and (found := model.include(line)):
            target = found.file
            snippet = (snippets / target).read_text()
            entries[-1].snippets.append(target)
            printed = [l.strip()[2:].strip() for l in snippet.splitlines() if is_output_line(l)]
            entries[-1].printed += printed
            entries[-1].outputs.append(printed)
    return entries


def error_heading_problems(text: str, page: Path, snippets: Path = SNIPPETS) -> list[str]:
    """On the error index, each `##` heading quotes what a snippet of its section prints,
    and another snippet of the section shows the fix (it runs without printing the error)."""
    problems = []
    for entry in error_entries(text, snippets):
        if entry.message is None:
            problems.append(f"{page}:{entry.line}: the heading {entry.title!r} is not printed by any snippet of its section")
        elif not entry.fixes:
            problems.append(f"{page}:{entry.line}: the error {entry.title!r} has no fix beside it: "
                            f"include a snippet of the fix that does not print the error")
    return problems


QUOTED_MESSAGE = re.compile(r"`(?P<message>[A-Z]\w*(?:Error|Exception|Warning): [^`]+?)(?:\.\.\.|…)?`")


def printed_lines(snippets: Path = SNIPPETS) -> list[str]:
    """Every `#>` line of every snippet, without its marker."""
    return [
        line.strip()[2:].strip()
        for snippet in snippet_files(snippets)
        for line in snippet.read_text().splitlines()
        if is_output_line(line)
    ]


def quoted_message_problems(text: str, page: Path, snippets: Path = SNIPPETS) -> list[str]:
    """An error message quoted in prose (`RuntimeError: ...`) is one a snippet really prints."""
    printed = printed_lines(snippets)
    return [
        f"{page}:{number}: the quoted message {match['message']!r} is not printed by any snippet"
        for number, line, info in _scan(text)
        if info is None
        for match in QUOTED_MESSAGE.finditer(line)
        if not any(match["message"] in out for out in printed)
    ]


def inline_python(text: str, page: Path) -> list[str]:
    """Python fences must only include snippets."""
    return [
        f"{page}:{number}: inline Python in a page; put the code in snippets/ and include it with --8<--"
        for number, line, info in _scan(text)
        if info is not None and _fence_language(info) in PYTHON_LANGUAGES
        and line.strip() and not INCLUDE.match(line)
    ]


def includes(text: str) -> list[str]:
    """Each include's target as written: "topic/NN_slug.py" or "topic/NN_slug.py:section"."""
    return [match["target"] for _, line, _ in _scan(text) if (match := INCLUDE.match(line))]


def included_files(text: str) -> list[str]:
    """The snippet file of each include (hooks/page_model.py `include`: sections aside)."""
    return [found.file for _, line, _ in _scan(text) if (found := model.include(line))]


def headings(text: str, page: Path) -> tuple[list[str], list[str]]:
    """(the anchors of the page's headings, a problem for each h2-h6 without a fixed one)."""
    anchors, problems = [], []
    for number, line, info in _scan(text):
        if info is None and re.match(r"#{1,6}[^#\s]", line):
            problems.append(f"{page}:{number}: a line that starts with '#' is a heading to Python-Markdown, even "
                            f"with no space after it ({line[:30]!r}): wrap the paragraph so that it does not")
        if info is not None or not (match := HEADING.match(line)):
            continue
        if anchor := ANCHOR.search(match["text"]):
            anchors.append(anchor["id"])
        elif len(match["level"]) > 1:
            problems.append(
                f"{page}:{number}: heading without a fixed anchor; write it as "
                f"`{match['level']} Title {{ #same-id-in-both-languages }}`"
            )
    return anchors, problems


def internal_links(text: str) -> list[str]:
    targets = (m["target"] for _, line, info in _scan(text) if info is None for m in LINK.finditer(line))
    return sorted(t for t in targets if not re.match(r"^[a-z]+:", t))


def _differ(name: str, first: Path, second: Path, a: list[str], b: list[str]) -> list[str]:
    if a == b:
        return []
    diff = "\n".join(difflib.unified_diff(a, b, str(first), str(second), lineterm=""))
    return [f"{first} and {second} differ in their {name}:\n{diff}"]


def without_comments(code: str) -> str:
    """Python code with its comments (and the blanks before them) removed, strings untouched."""
    lines = code.split("\n")
    try:
        comments = [t.start for t in tokenize.generate_tokens(io.StringIO(code).readline) if t.type == tokenize.COMMENT]
    except (tokenize.TokenError, SyntaxError):
        return code
    for row, column in comments:
        lines[row - 1] = lines[row - 1][:column].rstrip()
    return "\n".join(lines)


def notebook_cells(text: str, language: str) -> list[str]:
    """A notebook's code cells, comments aside (each language's are in its own words). The one
    line allowed to differ between languages, `LANG = "<its folder>"`, is made the same in all;
    a `LANG` naming another language stays and shows as a difference."""
    return [without_comments("\n".join(body)).replace(f'LANG = "{language}"', "LANG = ...")
            for _, _, body in python_fences(text)]


def parity_problems(docs: Path = DOCS) -> list[str]:
    """Each page exists in every language, with the same snippets, anchors and links."""
    problems = []
    by_language = {language: set(pages(docs, language)) for language in LANGUAGES}
    every_page = sorted(set().union(*by_language.values()))
    for page in every_page:
        paths = [docs / language / page for language in LANGUAGES]
        missing = [path for path, language in zip(paths, LANGUAGES) if page not in by_language[language]]
        if missing:
            present = [str(path) for path in paths if path not in missing]
            problems += [f"{path} is missing: {', '.join(present)} has no translation" for path in missing]
            continue
        texts = [path.read_text() for path in paths]
        first, first_text = paths[0], texts[0]
        if is_notebook(first_text):
            cells = notebook_cells(first_text, LANGUAGES[0])
            for path, text, language in zip(paths[1:], texts[1:], LANGUAGES[1:]):
                problems += _differ("notebook code cells", first, path, cells, notebook_cells(text, language))
            continue
        programs = [[model.program_name(i.file) + (f":{i.section}" if i.section else "")
                     for _, line, _ in _scan(text) if (i := model.include(line))] for text in texts]
        for path, text, included in zip(paths[1:], texts[1:], programs[1:]):
            problems += _differ("snippet includes", first, path, programs[0], included)
            problems += _differ("heading anchors", first, path, headings(first_text, first)[0], headings(text, path)[0])
            problems += _differ("internal links", first, path, internal_links(first_text), internal_links(text))
    return problems


def language_problems(text: str, page: Path, language: str) -> list[str]:
    """A page includes the text of each snippet in its own language: "topic/NN_slug.es.py" on a
    Spanish page, the program "topic/NN_slug.py" on an English one."""
    return [
        f"{page}:{number}: includes {found.file}; a page in {language!r} includes "
        f"{model.text_name(model.program_name(found.file), language)}"
        for number, line, _ in _scan(text)
        if (found := model.include(line)) and found.file.endswith(".py")
        and found.file != model.text_name(model.program_name(found.file), language)
    ]


def text_problems(program: Path, language: str, snippets: Path = SNIPPETS) -> list[str]:
    """The program's text in `language` exists and is the same program line for line
    (hooks/page_model.py `labels`); tests/test_snippets.py runs both and compares what they print."""
    text = snippets / model.text_name(model.snippet_id(program, snippets), language)
    if text == program:
        return []
    if not text.is_file():
        return [f"{text} is missing: {program} has no text in {language!r}"]
    return [problem] if (problem := model.text_problem(text)) else []


def translation_problems(snippets: Path = SNIPPETS) -> list[str]:
    """Every program's text in every language; no translation without its program."""
    return ([problem for program in model.programs(snippets) for language in LANGUAGES
             for problem in text_problems(program, language, snippets)]
            + [problem for text in model.translations(snippets)
               if not (text.parent / model.program_name(text.name)).is_file() and (problem := model.text_problem(text))])


def page_problems(docs: Path = DOCS, snippets: Path = SNIPPETS) -> list[str]:
    """Inline Python, headings without anchors, includes that do not resolve."""
    problems = []
    for language in LANGUAGES:
        for page in pages(docs, language):
            path = docs / language / page
            text = path.read_text()
            if is_notebook(text):
                continue
            problems += inline_python(text, path)
            problems += language_problems(text, path, language)
            problems += headings(text, path)[1]
            problems += [f"{path}:{number}: '{{#' opens a Jinja comment (mkdocs-macros renders pages): "
                         "write '{ #id }'" for number, line in enumerate(text.split("\n"), 1) if "{#" in line]
            try:
                expand_includes(text, path, snippets)
                problems += highlight_problems(text, path, snippets)
                problems += annotation_problems(text, path, snippets)
                if page == ERROR_INDEX:
                    problems += error_heading_problems(text, path, snippets)
                problems += quoted_message_problems(text, path, snippets)
            except SnippetMissingError as error:
                problems.append(str(error))
    return problems


TITLE = model.TITLE


def title_problems(text: str, page: Path) -> list[str]:
    """A Python block's title is a short caption of what it shows, not the snippet's path:
    hooks/snippet_links.py adds the path beside the caption, as a link that downloads it."""
    return [
        f"{page}:{number - 1}: the block's title {title['title']!r} is a path; write a short caption "
        f"of what the block shows (the build adds the snippet's path as a download link)"
        for number, info, _ in python_fences(text)
        if (title := TITLE.search(info))
        and (title["title"].strip().endswith(".py") or title["title"].strip().startswith("snippets/"))
    ]


def caption_problems(docs: Path = DOCS) -> list[str]:
    """Every page's Python blocks have captions, not paths, as titles."""
    return [
        problem
        for language in LANGUAGES
        for page in pages(docs, language)
        for problem in title_problems((docs / language / page).read_text(), docs / language / page)
    ]


def orphan_snippets(docs: Path = DOCS, snippets: Path = SNIPPETS) -> list[str]:
    included = collections.Counter()
    for language in LANGUAGES:
        for page in pages(docs, language):
            included.update(included_files((docs / language / page).read_text()))
    return [
        f"{path} is included by no page: include it in docs/{{{','.join(LANGUAGES)}}}/ or delete it"
        for path in snippet_files(snippets)
        if str(path.relative_to(snippets)) not in included
    ]
