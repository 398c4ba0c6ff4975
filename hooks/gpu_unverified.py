"""Mark every CUDA block whose output no GPU has printed yet.

A snippet that needs a GPU starts with `# requires: cuda`; on a machine without one the
tests skip it, so its `#>` lines are expectations, not observations. Until a GPU run
verifies it (and a `# gpu-verified: <device>, torch <version>, <date>` line is added
under the header), each page that includes it shows a warning right after the block.
This is the one place that rule lives: pages never write the warning themselves.
"""

from pathlib import Path

import page_model as model

def unverified_cuda(snippet: Path) -> bool:
    if not snippet.is_file():
        return False  # pymdownx.snippets (check_paths) reports it, naming the page
    source = snippet.read_text(encoding="utf-8")
    return model.needs_cuda(source) and not model.gpu_verified(source)


def mark(markdown: str, snippets: Path, title: str, body: str) -> str:
    """`markdown` with the warning (mkdocs.yml `extra.text.gpu_unverified_*`) after each block
    that includes an unverified CUDA snippet (below its annotation list, if it has one)."""
    lines = markdown.split("\n")
    for block in reversed(model.blocks(markdown)):  # from the end: inserting keeps earlier line numbers
        unverified = [snippets / i.file for i in block.includes if unverified_cuda(snippets / i.file)]
        if unverified:
            annotated = any(model.ANNOTATION.search(path.read_text(encoding="utf-8")) for path in unverified)
            indent = block.indent
            position = model.after_block(lines, block, annotated)
            lines[position:position] = ["", f'{indent}!!! warning gpu-unverified "{title}"', f"{indent}    {body}", ""]
    return "\n".join(lines)


def on_page_markdown(markdown, page, config, files):
    text = config.extra["text"]
    return mark(markdown, model.SNIPPETS, text["gpu_unverified_title"], text["gpu_unverified_body"])
