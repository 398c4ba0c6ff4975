"""Each code block's snippet, one click away: its path as a download link in the block's title.

A block is written with a short caption as its title, in the page's language:

    ```python title="Qué guarda cada modo" hl_lines="4"
    --8<-- "no_grad/04_what_it_saves.py"
    ```

1. on_page_markdown: for each block whose body is one `--8<--` include of a whole snippet,
   the title becomes "caption · no_grad/04_what_it_saves.py" (just the path without a caption).
2. Material renders the title as <span class="filename">; hooks/page_html.py turns its
   trailing path into a link that downloads the file, named "Descargar <path>" / "Download <path>".
3. on_post_build: the snippets are copied into <site>/snippets/, from the folder the build
   includes them from (hooks/page_model.py `snippets_folder`: another torch's outputs), so the
   file downloaded is the one the block shows, `#>` lines included. Both languages link to the
   same copy with relative URLs: they work at the root, under a mike version prefix and offline.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import page_model as model
from page_model import SNIPPETS_URL as FOLDER, TITLE_SEPARATOR as SEPARATOR


def with_paths(markdown: str) -> tuple[str, list[str]]:
    """The page with each single-include block's title ending in its snippet's path."""
    lines, paths = markdown.split("\n"), []
    for block in model.blocks(markdown):
        include = block.single_include
        if not (block.info and include and include.whole and len(block.body) == 1):
            continue
        path, info = include.file, block.info
        title = model.TITLE.search(info)
        if title:
            caption = title["title"].strip()
            info = model.TITLE.sub(lambda m: f'title="{caption}{SEPARATOR}{path}"' if caption else f'title="{path}"',
                                   info, count=1)
        elif info.rstrip().endswith("}"):  # { .python hl_lines="1" }
            info = info.rstrip()[:-1].rstrip() + f' title="{path}" }}'
        else:
            info = info.rstrip() + f' title="{path}"'
        fence = model.FENCE.match(lines[block.start])["fence"]
        lines[block.start] = f"{block.indent}{fence}{info}"
        paths.append(path)
    return "\n".join(lines), paths


def on_page_markdown(markdown, page, config, files):
    return with_paths(markdown)[0]


def on_post_build(config, **kwargs):
    folder = model.snippets_folder(model.shown_minor())  # the files this build included
    target = Path(config.site_dir) / FOLDER
    for snippet in folder.rglob("*.py"):
        copy = target / snippet.relative_to(folder)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(snippet, copy)
