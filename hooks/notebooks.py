"""Notebook pages (jupytext Markdown, executed by mkdocs-jupyter).

1. Keep mkdocs-jupyter's execution cache across the language builds. Each
   language's build evicts the cache entries it did not use itself, so the
   other language's notebook ran again on every build. Entries are keyed by
   the notebook's content, so keeping them all is safe.
2. Offer each notebook as a download: write <page>.ipynb next to its page.
3. Make the notebook's HTML read like the rest of the site, before the search
   index reads it (on_page_content):
   - drop mkdocs-jupyter's header: its English copy button's script, the
     JupyterLab and Pygments stylesheets (about 570 KB; the few rules the
     cells need are in docs/assets/stylesheets/notebooks.css), and MathJax
     and Mermaid loaders (these notebooks have neither math nor diagrams);
     and in each cell the prompts ("In [1]:"), the copy button and the copy
     of the code it reads ("Copied!" and the code were indexed for search);
   - code cells become the theme's code blocks: Material styles them, wraps
     them like the others and adds its own copy button, in the page language;
   - headings: the fixed anchor (`<a id="saved-memory">`, the same in both
     languages) becomes the heading's id, and the "¶" link is the theme's
     permalink, which the search index leaves out;
   - each SVG figure becomes a file next to the page (figure-N.svg), shown
     with its <title> as alt text: the cell that draws it writes it there.
"""

import base64
import re
from html import escape, unescape
from pathlib import Path

import jupytext
from mkdocs.plugins import event_priority


@event_priority(100)  # before mkdocs-jupyter's own on_post_build evicts entries
def on_post_build(config, **kwargs):
    plugin = config.plugins["mkdocs-jupyter"]
    plugin._used_cache_paths.update(Path(plugin.config["cache_dir"]).glob("*.json"))


WRAPPER = '<div class="jupyter-wrapper">'
UNUSED = re.compile(
    r'<div class="jp-(?:Input|Output)Prompt[^"]*">[^<]*</div>'
    r'|<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>'
    r'|<div class="clipboard-copy-txt" id="[^"]*">.*?</div>'
    r'| id="cell-id=[^"]*"',  # Material names a code block after the closest id: "=" would break its copy button
    re.S,
)
CODE = re.compile(r'<div class="highlight-ipynb hl-python"><pre>(.*?)</pre></div>', re.S)
HEADING = re.compile(
    r'<h(?P<level>[1-6]) id="(?P<slug>[^"]+)">(?P<text>.*?)\s*(?:<a id="(?P<anchor>[^"]+)"></a>)?'
    r'<a class="anchor-link" href="#(?P=slug)">¶</a></h(?P=level)>',
    re.S,
)
FIGURE = re.compile(r'<img [^>]*src="data:image/svg\+xml;base64,(?P<data>[^"]+)"[^>]*>')
SVG_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
SVG_SIZE = re.compile(r'<svg [^>]*width="(?P<width>[\d.]+)pt" height="(?P<height>[\d.]+)pt"')


def _is_notebook(page) -> bool:
    """A jupytext notebook page (the plugin's own should_include parses every file: seconds per build)."""
    source = page.file.abs_src_path
    return bool(source) and source.endswith(".md") and Path(source).read_text(encoding="utf-8").startswith("---\njupyter:")


def on_page_content(html, page, config, **kwargs):
    if not _is_notebook(page):
        return html
    html = UNUSED.sub("", html[html.index(WRAPPER):])
    html = CODE.sub(lambda code: '<div class="language-python highlight"><pre><span></span><code>'
                    f'{code[1].removeprefix("<span></span>")}</code></pre></div>', html)
    return _figures(_headings(html, page, config), page)


def _headings(html, page, config):
    ids = {}

    def heading(match):
        anchor = match["anchor"] or match["slug"]
        ids[match["slug"]] = anchor
        title = escape(config.mdx_configs["toc"]["permalink_title"])  # in the page's language: hooks/i18n.py
        return (f'<h{match["level"]} id="{anchor}">{match["text"]}'
                f'<a class="headerlink" href="#{anchor}" title="{title}">¶</a></h{match["level"]}>')

    html = HEADING.sub(heading, html)
    stack = list(page.toc)
    while stack:  # the table of contents links to the same ids
        item = stack.pop()
        item.id = ids.get(item.id, item.id)
        stack += item.children
    return html


def _figures(html, page):
    folder = Path(page.file.abs_dest_path).parent
    folder.mkdir(parents=True, exist_ok=True)
    count = 0

    def figure(match):
        nonlocal count
        count += 1
        svg = base64.b64decode(match["data"]).decode()
        name = f"figure-{count}.svg"
        (folder / name).write_text(svg, encoding="utf-8")
        alt = unescape(SVG_TITLE.search(svg)[1])
        size = SVG_SIZE.search(svg)
        width, height = (round(float(size[key]) * 4 / 3) for key in ("width", "height"))  # pt -> CSS px
        return f'<img src="{name}" alt="{escape(alt)}" width="{width}" height="{height}">'

    return FIGURE.sub(figure, html)


def on_post_page(output, page, config, **kwargs):
    if _is_notebook(page):
        source = Path(page.file.abs_src_path)
        target = Path(page.file.abs_dest_path).parent / source.with_suffix(".ipynb").name
        target.parent.mkdir(parents=True, exist_ok=True)
        notebook = jupytext.read(source)
        for number, cell in enumerate(notebook.cells):
            cell.id = f"cell-{number}"  # jupytext draws random ids: a redeploy would change the file
        jupytext.write(notebook, target)
    return output
