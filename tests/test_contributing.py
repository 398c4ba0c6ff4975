"""A contributor's path (README, "Adding a page or a section"), walked on a copy of the project.

A new page in both languages, one section each, showing a new snippet whose `#>` lines are
written by `--update-outputs`: the page rules and a strict build pass with no torch matrix
(no uv, no network), and the page says the snippet's output was checked on the pinned torch
only. Publishing is what asks for the matrix: `python tests/compat.py check` and
`.ci/deploy --push` refuse, naming the snippet and the command that refreshes its data.
"""

import os
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import guide
import page_model
from guide import TORCH_MINOR

SNIPPET = "a_contributors_topic/01_new_section.py"
CODE = """import torch

x = torch.ones(2, requires_grad=True)  # a leaf tensor
print("x:", x.requires_grad)
with torch.no_grad():
    y = x * 2
print("y:", y.requires_grad)
"""
SPANISH = CODE.replace("# a leaf tensor", "# un tensor hoja")  # its labels ("x:", "y:") are Spanish already
# hl_lines counts the lines of the block as shown, `#>` lines included: line 7 is `    y = x * 2`
# once `--update-outputs` has put `#> True` under line 4.
PAGE = """# {title}

{intro}

## {heading} {{ #a-new-section }}

```python title="{caption}" hl_lines="7"
--8<-- "{snippet}"
```
"""
PAGES = {
    "es": dict(title="Una página nueva", intro="Una página de prueba con una sola sección.",
               heading="Una sección nueva", caption="Un bloque nuevo"),
    "en": dict(title="A new page", intro="A test page with one section.",
               heading="A new section", caption="A new block"),
}
NOTE = {"es": f"Salida comprobada solo en torch {TORCH_MINOR}", "en": f"Output checked on torch {TORCH_MINOR} only"}


def _run(repo: Path, *command: str) -> subprocess.CompletedProcess:
    """A command as the contributor types it, in the copy, with this Python's tools on PATH."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    env.update(PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}", NO_MKDOCS_2_WARNING="1")
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)


def _add_the_page(repo: Path) -> None:
    """Steps 1-3 of the README: the snippet, its `#>` lines from a real run, the page in both
    languages and in the navigation."""
    texts = {language: page_model.text_name(SNIPPET, language) for language in PAGES}
    (repo / "snippets" / SNIPPET).parent.mkdir(exist_ok=True)
    (repo / "snippets" / texts["en"]).write_text(CODE)
    (repo / "snippets" / texts["es"]).write_text(SPANISH)
    update = _run(repo, sys.executable, "tests/check_snippets.py", "--update",
                  *(f"snippets/{text}" for text in texts.values()))
    assert update.returncode == 0, update.stdout + update.stderr
    for language, code in [("en", CODE), ("es", SPANISH)]:
        assert (repo / "snippets" / texts[language]).read_text() == code.replace(
            "print(\"x:\", x.requires_grad)\n", "print(\"x:\", x.requires_grad)\n#> x: True\n") + "#> y: False\n"
    for language, words in PAGES.items():
        (repo / "docs" / language / "new_page.md").write_text(PAGE.format(snippet=texts[language], **words))
    config = repo / "mkdocs.yml"
    text = config.read_text()
    nav = ("  - Versiones de torch: compat.md\n", "  - Una página nueva: new_page.md\n")
    translation = ("            Versiones de torch: Torch versions\n", "            Una página nueva: A new page\n")
    for anchor, added in [nav, translation]:
        assert text.count(anchor) == 1, f"mkdocs.yml: {anchor.strip()!r} moved; update this test"
        text = text.replace(anchor, anchor + added)
    config.write_text(text)


def test_a_contributor_adds_a_page_with_a_new_snippet_and_needs_no_torch_matrix(tmp_path):
    """One test, the steps in order: a module fixture shared by several tests could be made
    once in each pytest-xdist worker."""
    repo = tmp_path / "project"
    guide.copy_site(repo, extra=("tests", ".ci"))  # the working tree, not HEAD: what is being tested
    _add_the_page(repo)

    docs, snippets = repo / "docs", repo / "snippets"
    problems = (guide.page_problems(docs, snippets) + guide.parity_problems(docs)
                + guide.orphan_snippets(docs, snippets) + guide.caption_problems(docs)
                + guide.translation_problems(snippets))
    assert not problems, "\n".join(problems)

    site = tmp_path / "site"
    build = _run(repo, sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site))
    assert build.returncode == 0, build.stdout + build.stderr
    assert not [line for line in build.stderr.splitlines() if line.startswith("WARNING")], build.stderr
    for language in guide.LANGUAGES:
        html = (site / guide.page_url(language, Path("new_page.md")) / "index.html").read_text(encoding="utf-8")
        assert NOTE[language] in html, f"{language}: no {NOTE[language]!r} under the new block"
        lines = re.findall(r'<span class="hll">(.*?\n)</span>', html, re.S)
        assert [unescape(re.sub(r"<[^>]+>", "", line)).strip() for line in lines] == ["y = x * 2"], lines

    # Publishing is what asks for the matrix, naming the snippet and the command.
    check = _run(repo, sys.executable, "tests/compat.py", "check")
    assert check.returncode == 1
    stale = [line for line in check.stderr.splitlines() if "is stale for" in line]
    assert len(stale) == len(page_model.MINORS) and all(SNIPPET in line for line in stale), check.stderr
    assert "python tests/compat.py run --stale" in check.stderr
    deploy = _run(repo, "bash", ".ci/deploy", "--push")
    assert deploy.returncode == 1 and "deploy: not publishing" in deploy.stderr, deploy.stdout + deploy.stderr
    assert SNIPPET in deploy.stderr and "Documentation built" not in deploy.stdout + deploy.stderr


# --- What .ci/deploy runs, with stand-ins for mkdocs and mike (the real deploy: tests/test_versions.py) ---

MKDOCS = """#!/bin/sh
echo "mkdocs $TORCH_MINOR $*" >> "$LOG"
while [ $# -gt 0 ]; do
  if [ "$1" = --site-dir ]; then mkdir -p "$2" && echo page > "$2/index.html"; fi
  shift
done
"""
MIKE = """#!/bin/sh
echo "mike $TORCH_MINOR $*" >> "$LOG"
if [ "$1" = deploy ] && [ ! -s "$OFFLINE_ARCHIVE" ]; then echo "no offline archive: $OFFLINE_ARCHIVE" >&2; exit 3; fi
"""


def test_the_deploy_puts_latest_on_the_last_version_named_even_with_a_stray_space(tmp_path):
    repo = tmp_path / "project"
    guide.copy_site(repo, extra=(".ci", "tests/compat.py"))  # fresh data: `check` lets --push through
    stubs = tmp_path / "bin"
    stubs.mkdir()
    for name, script in [("mkdocs", MKDOCS), ("mike", MIKE)]:
        (stubs / name).write_text(script)
        (stubs / name).chmod(0o755)
    log = tmp_path / "log"
    env = {**os.environ, "PUBLISHED": " 2.13  2.15 ", "LOG": str(log),
           "PATH": f"{stubs}{os.pathsep}{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    deploy = subprocess.run(["bash", ".ci/deploy", "--push"], cwd=repo, env=env, capture_output=True, text=True)
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    lines = log.read_text().splitlines()
    assert lines[0].startswith("mkdocs 2.13 build --strict"), lines  # alone: it fills the notebook cache
    assert sum(line.startswith("mkdocs 2.15 build --strict") for line in lines) == 1, lines
    assert [line for line in lines if line.startswith("mike")] == [
        "mike 2.13 deploy --alias-type=copy --title torch 2.13 2.13 --push",
        "mike 2.15 deploy --update-aliases --alias-type=copy --title torch 2.15 (latest) 2.15 latest --push",
        "mike  set-default latest --push",
    ]
