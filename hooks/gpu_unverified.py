"""Mark every CUDA block whose output no GPU has printed yet.

A snippet that needs a GPU starts with `# requires: cuda`; on a machine without one the
tests skip it, so its `#>` lines are expectations, not observations. Until a GPU run
verifies it (and a `# gpu-verified: <device>, torch <version>, <date>` line is added
under the header), each page that includes it shows a warning right after the block.
This is the one place that rule lives: pages never write the warning themselves.
"""

import re
from pathlib import Path

CUDA_HEADER = "# requires: cuda"
VERIFIED = "# gpu-verified:"
FENCE_END = re.compile(r"^(?P<indent>[ \t]*)(`{3,}|~{3,})[ \t]*$")
INCLUDE = re.compile(r'^[ \t]*-{1,}8<-{1,}[ \t]+"(?P<target>[^":]+)[^"]*"[ \t]*$')

WARNING = {
    "es": (
        'Aún no se ha ejecutado en una GPU',
        "Las líneas `#>` de este bloque son la salida esperada, escrita a partir de la "
        "documentación y el código de PyTorch: ninguna ejecución de las pruebas ha tenido "
        "todavía una GPU, y en CPU las pruebas omiten este bloque.",
    ),
    "en": (
        "Not yet run on a GPU",
        "The `#>` lines of this block are the expected output, written from PyTorch's "
        "documentation and source: no test run has had a GPU yet, and on a CPU the tests "
        "skip this block.",
    ),
}


def unverified_cuda(snippet: Path) -> bool:
    if not snippet.is_file():
        return False  # pymdownx.snippets (check_paths) reports it, naming the page
    head = snippet.read_text(encoding="utf-8").splitlines()[:3]
    return bool(head) and head[0].startswith(CUDA_HEADER) and not any(l.startswith(VERIFIED) for l in head)


def mark(markdown: str, snippets: Path, language: str) -> str:
    title, body = WARNING[language]
    lines, out, pending = markdown.splitlines(), [], False
    for line in lines:
        out.append(line)
        include = INCLUDE.match(line)
        if include and unverified_cuda(snippets / include["target"]):
            pending = True
        elif pending and (end := FENCE_END.match(line)):
            indent = end["indent"]
            out += ["", f'{indent}!!! warning gpu-unverified "{title}"', f"{indent}    {body}", ""]
            pending = False
    return "\n".join(out) + "\n"


def on_page_markdown(markdown, page, config, files):
    snippets = Path(config["mdx_configs"]["pymdownx.snippets"]["base_path"])
    return mark(markdown, snippets, config.theme["language"])
