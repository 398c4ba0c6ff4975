"""Each code block's snippet, one click away: its path as a download link in the block's title.

A block is written with a short caption as its title, in the page's language:

    ```python title="Qué guarda cada modo" hl_lines="4"
    --8<-- "no_grad/04_what_it_saves.py"
    ```

1. on_page_markdown: for each block whose body is one `--8<--` include of a whole snippet,
   the title becomes "caption · no_grad/04_what_it_saves.py" (just the path without a caption).
2. on_page_content: Material renders the title as <span class="filename">; its trailing path
   (only a path this hook put there) becomes a link that downloads the file, named
   "Descargar <path>" / "Download <path>".
3. on_post_build: the snippets are copied into <site>/snippets/, from the folder the build
   includes them from (hooks/page_model.py `snippets_folder`: another torch's outputs), so the
   file downloaded is the one the block shows, `#>` lines included. Both languages link to the
   same copy with relative URLs: they work at the root, under a mike version prefix and offline.
"""

from __future__ import annotations

import re
import shutil
from html import escape
from pathlib import Path
from urllib.parse import quote

from mkdocs.utils import get_relative_url

import page_model as model

FOLDER = "snippets"  # in the built site
SEPARATOR = " · "
DOWNLOAD = {"es": "Descargar {path}", "en": "Download {path}"}

_linked: dict[str, list[str]] = {}  # page src_uri -> the paths its titles end with


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


def link(html: str, paths: list[str], page_url: str, language: str) -> str:
    """Turn each title's trailing path into a download link to <site>/snippets/<path>."""
    for path in dict.fromkeys(paths):
        shown = escape(path)
        href = escape(quote(get_relative_url(f"{FOLDER}/{path}", page_url)))
        label = escape(DOWNLOAD[language].format(path=path))
        anchor = f'<a class="snippet-download" href="{href}" download title="{label}" aria-label="{label}">{shown}</a>'
        caption = rf"(?:[^<]*?{re.escape(escape(SEPARATOR))})?"  # none when the block had no title
        title = re.compile(rf'(<span class="filename">{caption}){re.escape(shown)}</span>')
        html = title.sub(lambda m: f"{m[1]}{anchor}</span>", html)
    return html


def on_page_markdown(markdown, page, config, files):
    markdown, _linked[page.file.src_uri] = with_paths(markdown)
    return markdown


def on_page_content(html, page, config, files):
    return link(html, _linked.pop(page.file.src_uri, []), page.url, config.theme["language"])


def on_post_build(config, **kwargs):
    folder = model.snippets_folder(model.shown_minor())  # the files this build included
    target = Path(config.site_dir) / FOLDER
    for snippet in folder.rglob("*.py"):
        copy = target / snippet.relative_to(folder)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(snippet, copy)
