"""Whether a page shows outputs, decided from its Markdown source.

`page.meta.shows_outputs` (read by overrides/partials/copyright.html): the page includes a
snippet with `#>` lines, or it is a notebook (its cells' outputs). The footer "every output on
this page was verified with torch X" makes no sense on a page without any. (The page's
description is set in hooks/page_html.py, from its front matter or first paragraph.)
"""

from pathlib import Path

import page_model as model


def shows_outputs(source: str) -> bool:
    if model.is_notebook(source):
        return True
    return any(model.is_output_line(line)
               for block in model.blocks(source) for include in block.includes
               if (model.SNIPPETS / include.file).is_file()
               for line in (model.SNIPPETS / include.file).read_text(encoding="utf-8").splitlines())


def on_page_context(context, page, **kwargs):
    # The source file, not page.markdown: mkdocs-jupyter renders notebook pages without it.
    page.meta["shows_outputs"] = bool(page.file.abs_src_path) and shows_outputs(
        Path(page.file.abs_src_path).read_text(encoding="utf-8"))
    return context
