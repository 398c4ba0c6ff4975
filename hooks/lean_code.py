"""Drop the highlighter's spans that change nothing on screen.

Pygments wraps every name (`.n`) and run of whitespace (`.w`) in a span, and Material
colors names with the code's own color (`--md-code-hl-name-color` defaults to
`--md-code-fg-color`), so these spans only add DOM nodes: thousands on a topic page,
and style recalculation on a phone grows with them (Lighthouse mobile).
"""

import re

PLAIN_TOKEN = re.compile(r'<span class="[nw]">([^<]*)</span>')


def on_page_content(html, **kwargs):
    return PLAIN_TOKEN.sub(r"\1", html)
