"""Notebook pages (jupytext Markdown, executed by mkdocs-jupyter).

1. Keep mkdocs-jupyter's execution cache across the language builds. Each
   language's build evicts the cache entries it did not use itself, so the
   other language's notebook ran again on every build. Entries are keyed by
   the notebook's content, so keeping them all is safe.
2. Offer each notebook as a download: write <page>.ipynb next to its page.
3. Drop the JupyterLab stylesheets mkdocs-jupyter inlines in every notebook
   page (about 585 KB, twice the rest of the page; the few rules the cells
   need are in docs/assets/stylesheets/notebooks.css), and its Mermaid loader,
   which would import from a CDN (these notebooks draw no diagram).
"""

import re
from pathlib import Path

import jupytext
from mkdocs.plugins import event_priority


@event_priority(100)  # before mkdocs-jupyter's own on_post_build evicts entries
def on_post_build(config, **kwargs):
    plugin = config.plugins["mkdocs-jupyter"]
    plugin._used_cache_paths.update(Path(plugin.config["cache_dir"]).glob("*.json"))


UNUSED = re.compile(
    r'<style type="text/css">\s*(@charset "UTF-8";)?\.jupyter-wrapper\{.*?</style>'
    r'|<script type="module">(?:(?!</script>).)*\.jp-Mermaid(?:(?!</script>).)*</script>',
    re.S,
)


def on_post_page(output, page, config, **kwargs):
    if config.plugins["mkdocs-jupyter"].should_include(page.file):
        output = UNUSED.sub("", output)
        source = Path(page.file.abs_src_path)
        target = Path(page.file.abs_dest_path).parent / source.with_suffix(".ipynb").name
        target.parent.mkdir(parents=True, exist_ok=True)
        notebook = jupytext.read(source)
        for number, cell in enumerate(notebook.cells):
            cell.id = f"cell-{number}"  # jupytext draws random ids: a redeploy would change the file
        jupytext.write(notebook, target)
    return output
