"""What a page's <head> and footer say about it, read from the page itself.

1. Its description (<meta name="description">, og:description): the page's front matter
   `description` if it has one, else its first paragraph, as plain text cut at a word
   near 160 characters. Without it every page, English ones included, showed the
   Spanish site_description.
2. Whether it shows outputs (`shows_outputs`, read by overrides/partials/copyright.html):
   a code block with `#>` lines, or a notebook cell's output. The footer "every output
   on this page was verified with torch X" makes no sense on a page without any.
"""

import re
import textwrap
from html import unescape

PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)  # plain <p>: not an admonition's title
TAG = re.compile(r"<[^>]+>")
OUTPUT = re.compile(r'class="c1 output"|jp-OutputArea-output')  # `#>` lines, marked by hooks/lean_code.py


def first_paragraph(html: str, width: int = 160) -> str | None:
    for paragraph in PARAGRAPH.finditer(html):
        text = unescape(TAG.sub("", paragraph[1]))
        if text.strip():
            return textwrap.shorten(text, width, placeholder="…")
    return None


def on_page_content(html, page, **kwargs):
    if not page.meta.get("description"):
        page.meta["description"] = first_paragraph(html)
    return html


def on_page_context(context, page, **kwargs):
    context["shows_outputs"] = bool(OUTPUT.search(page.content or ""))
    return context
