"""The one pass over a page's rendered HTML: parsed once (selectolax, the lexbor HTML parser),
changed by the stages below in their order, written out once.

Everything that can be decided in Markdown or data is decided there (hooks/page_model.py
lists the Markdown stages). What is left needs the HTML the Markdown became:

1. notebook_page   a notebook page (mkdocs-jupyter) reads like the others: its header (the
                   JupyterLab and Pygments stylesheets, about 570 KB; MathJax and Mermaid
                   loaders) and copy buttons go (mkdocs.yml's `no_prompt` drops the prompts); code cells become the theme's code
                   blocks; headings take their fixed anchor; each SVG figure becomes a file.
2. plain_tokens    Pygments' spans for names, whitespace, punctuation and operators go: over
                   half a topic page's elements, and style recalculation grows with the count
                   (Lighthouse mobile); Material colours them like the code around them.
3. output_lines    each `#>` line that opens a line gets `class="c1 output"` and its
                   indentation in `data-indent`, for a11y.css to wrap it under its first
                   character (no `style=`: the Content-Security-Policy forbids inline styles).
4. annotation_markers  the spaces before a `# (N)!` marker go (a copied line kept them).
5. focusable_code  every code block, and every notebook output, is focusable from the start:
                   with `content.lazy` Material sets a block up only once it is on screen.
6. download_links  a block title's trailing snippet path (hooks/snippet_links.py put it there)
                   becomes a link that downloads the file (in the offline copy, a data: URL).
7. api_links       the first mention of a PyTorch API in running text, per `##` section, links
                   to the reference of the torch the build shows (hooks/api_links.py).
8. description     the page's <meta name="description">: its front matter's, else its first
                   paragraph cut near 160 characters.
"""

from __future__ import annotations

import base64
import re
import textwrap
import xml.etree.ElementTree as ElementTree
from html import escape
from pathlib import Path
from urllib.parse import quote

from mkdocs.plugins import get_plugin_logger
from mkdocs.utils import get_relative_url
from selectolax.lexbor import LexborHTMLParser, LexborNode

import api_links
import page_model as model

log = get_plugin_logger(__name__)
SEPARATOR = model.TITLE_SEPARATOR


def _fragment(html: str) -> LexborNode:
    return LexborHTMLParser(html).body.child


# --- 1. notebook pages --------------------------------------------------------------------

def notebook_page(tree: LexborHTMLParser, page, config) -> None:
    wrapper = tree.css_first("div.jupyter-wrapper")
    if wrapper is None:
        return
    while wrapper.prev is not None:  # mkdocs-jupyter's header: stylesheets and loaders
        wrapper.prev.decompose()
    for node in tree.css("div.zeroclipboard-container, div.clipboard-copy-txt"):
        node.decompose()  # its copy button, with a copy of the code it reads (indexed for search)
    for node in tree.css('[id^="cell-id="]'):
        del node.attrs["id"]  # Material names a code block after the closest id: "=" breaks its copy button
    for cell in tree.css("div.highlight-ipynb.hl-python"):
        pre = cell.css_first("pre")
        first = pre.first_child
        if first is not None and first.tag == "span" and not first.attributes and first.first_child is None:
            first.decompose()  # Pygments' empty span, which the theme's blocks have before <code>
        cell.replace_with(_fragment(f'<div class="language-python highlight"><pre><span></span><code>{pre.inner_html}'
                                    "</code></pre></div>"))
    _notebook_headings(tree, page, config)
    _notebook_figures(tree, page)


def _notebook_headings(tree, page, config) -> None:
    """The fixed anchor (`<a id="saved-memory">`, the same in both languages) becomes the
    heading's id; the "¶" link is the theme's permalink, which the search index leaves out."""
    ids, title = {}, escape(config.extra["text"]["permalink"])
    for link in tree.css("a.anchor-link"):
        heading = link.parent
        anchor_node = link.prev if link.prev is not None and link.prev.tag == "a" else None
        anchor = anchor_node.attrs.get("id") if anchor_node is not None else None
        ids[heading.attrs["id"]] = anchor = anchor or heading.attrs["id"]
        if anchor_node is not None:
            anchor_node.decompose()
        if link.prev is not None and link.prev.is_text_node:  # the heading's text, without the space before the link
            link.prev.replace_with(link.prev.text().rstrip())
        link.replace_with(_fragment(f'<a class="headerlink" href="#{anchor}" title="{title}">¶</a>'))
        heading.attrs["id"] = anchor
    stack = list(page.toc)
    while stack:  # the table of contents links to the same ids
        item = stack.pop()
        item.id = ids.get(item.id, item.id)
        stack += item.children


def _notebook_figures(tree, page) -> None:
    """Each SVG figure becomes figure-N.svg next to the page, shown with its <title> as alt text."""
    folder = Path(page.file.abs_dest_path).parent
    for number, img in enumerate(tree.css('img[src^="data:image/svg+xml;base64,"]'), 1):
        svg = base64.b64decode(img.attrs["src"].split(",", 1)[1]).decode()
        root = ElementTree.fromstring(svg)
        namespace = "{http://www.w3.org/2000/svg}"
        alt = "".join(root.find(f".//{namespace}title").itertext())
        width, height = (round(float(root.attrib[key].removesuffix("pt")) * 4 / 3) for key in ("width", "height"))
        name = f"figure-{number}.svg"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(svg, encoding="utf-8")
        img.replace_with(_fragment(f'<img src="{name}" alt="{escape(alt)}" width="{width}" height="{height}">'))


# --- 2-4. code blocks ---------------------------------------------------------------------

PLAIN = "span.n, span.w, span.p, span.o"  # Pygments: Name, Whitespace, Punctuation, Operator


def plain_tokens(tree, page, config) -> None:
    for span in tree.css(PLAIN):
        if span.attrs.get("class") in ("n", "w", "p", "o"):  # only these exact tokens, not `nb`, `nf`…
            span.unwrap()


OUTPUT_INDENTS = (0, 4, 8, 12, 16)  # a11y.css has a rule for each


GAP = re.compile(r"(?<=\S) {2,}(?=\S)")  # two or more spaces between printed words


def _columns(text: str) -> set[int]:
    """Where a `#>` line's printed words start after a gap (its prefix and indent aside)."""
    content = text[len(model.OUTPUT_PREFIX):]
    start = len(text) - len(content.lstrip(" "))
    return {start + gap.end() for gap in GAP.finditer(content.lstrip(" "))}


def output_lines(tree, page, config) -> None:
    lines = []
    for comment in tree.css("code span.c1"):
        if not comment.text().startswith(model.OUTPUT_PREFIX):
            continue
        before, node = "", comment.prev
        while node is not None and "\n" not in before:  # a highlighted line before it is an element
            before = node.text() + before
            node = node.prev
        if "\n" not in before or before.rsplit("\n", 1)[1].strip(" "):
            continue  # not the first thing on its line
        indent = len(before.rsplit("\n", 1)[1])
        if indent not in OUTPUT_INDENTS:
            log.warning(f"{page.file.src_uri}: a `#>` line indented by {indent}: docs/assets/stylesheets/a11y.css "
                        f"wraps only {OUTPUT_INDENTS} (add a rule there and here)")
        comment.attrs["class"] = "c1 output"
        comment.attrs["data-indent"] = str(indent)
        lines.append((comment, _columns(comment.text())))
    # A printed table or array: a gap whose next column starts where the next or the previous
    # printed line's does. It does not wrap (a11y.css); a sentence with two spaces in it does.
    for number, (comment, columns) in enumerate(lines):
        neighbours = [lines[i][1] for i in (number - 1, number + 1) if 0 <= i < len(lines)]
        if any(columns & other for other in neighbours):
            comment.attrs["data-columns"] = ""


def annotation_markers(tree, page, config) -> None:
    """The spaces before a `# (N)!` marker go: Material turns the marker into a button, and a
    copied line kept them as trailing spaces. a11y.css puts the space back around the button."""
    for comment in tree.css("code span.c1"):
        if not model.ANNOTATION.fullmatch(comment.text()):
            continue
        node = comment.prev
        while node is not None and node.is_text_node and not node.text().strip(" "):
            previous = node.prev
            node.decompose()
            node = previous
        if node is not None and node.is_text_node and node.text().endswith(" "):
            node.replace_with(node.text().rstrip(" "))


def focusable_code(tree, page, config) -> None:
    for pre in tree.css("pre"):
        code = pre.css_first("code")
        (code if code is not None else pre).attrs["tabindex"] = "0"


# --- 5. download links --------------------------------------------------------------------

def download_links(tree, page, config) -> None:
    download = config.extra["text"]["download_snippet"]
    for title in tree.css("span.filename"):
        text = title.text()
        caption, _, path = text.rpartition(SEPARATOR) if SEPARATOR in text else ("", "", text)
        if not (path.endswith(".py") and (model.SNIPPETS / path).is_file()) or next(title.iter(), None) is not None:
            continue
        if model.offline():  # from disk, a link to the file opens it as text: `download` needs a data: URL
            data = (model.snippets_folder(model.shown_minor()) / path).read_bytes()
            href = f"data:text/x-python;charset=utf-8;base64,{base64.b64encode(data).decode('ascii')}"
        else:
            href = escape(quote(get_relative_url(f"{model.SNIPPETS_URL}/{path}", page.url)))
        label = escape(download.format(path=path))
        shown = escape(caption + SEPARATOR) if caption else ""
        title.replace_with(_fragment(
            f'<span class="filename">{shown}<a class="snippet-download" href="{href}" download="{escape(Path(path).name)}" '
            f'title="{label}" aria-label="{label}">{escape(path)}</a></span>'))


# --- 6. API links -------------------------------------------------------------------------

def api_link_stage(tree, page, config) -> None:
    api_links.link_tree(tree, model.shown_minor(), config.extra["text"]["api_reference"])


# --- 7. description -----------------------------------------------------------------------

def description(tree, page, config) -> None:
    if page.meta.get("description"):
        return
    for paragraph in tree.css("p"):
        text = paragraph.text()
        if not paragraph.attributes and text.strip():  # a plain <p>: not an admonition's title
            page.meta["description"] = textwrap.shorten(text, 160, placeholder="…")
            return


STAGES = [notebook_page, plain_tokens, output_lines, annotation_markers, focusable_code, download_links, api_link_stage, description]


def on_page_content(html, page, config, files):
    tree = LexborHTMLParser("<body>" + html)  # a fragment: a leading <script> or <link> stays in it
    for stage in STAGES:
        stage(tree, page, config)
    return tree.body.inner_html
