"""Code blocks that cost a phone less at load (Lighthouse mobile, tests/benchmarks/site_budgets.py).

1. Drop the highlighter's spans that add DOM nodes more than meaning. Pygments wraps
   every name (`.n`), run of whitespace (`.w`), punctuation mark (`.p`) and operator
   (`.o`) in a span: over half the elements of a topic page, and style recalculation
   grows with the element count. Material colors names with the code's own color;
   punctuation and operators now take it too, a shade darker than Material's.
2. Every block is focusable from the start. Material makes a block that scrolls sideways
   focusable when it sets the block up, and with `content.lazy` (mkdocs.yml) it sets a
   block up only once it is on screen: until then a keyboard could not reach it. Material
   removes the tabindex again from a block that does not scroll, once set up. A notebook
   cell's printed output (a `<pre>` with no `<code>`) scrolls too and is never set up.
3. Output lines (`#>` comments that open a line) are marked here with their indentation,
   for a11y.css to wrap them under their first character: marking them in the browser
   restyled every block once more after the page had been laid out.
"""

import re

PLAIN_TOKEN = re.compile(r'<span class="[nwpo]">([^<]*)</span>')
BLOCK_CODE = re.compile(r"(<pre[^>]*>(?:<span></span>)?<code)(?=[ >])")
NOTEBOOK_OUTPUT = re.compile(r"<pre>(?!(?:<span></span>)?<code)")
OUTPUT_LINE = re.compile(r'(?<=\n)( *)<span class="c1">(?=#&gt;)')


def mark_output(line) -> str:
    indent = line.group(1)
    return f'{indent}<span class="c1 output" style="--indent:{len(indent)}ch">'


def on_page_content(html, **kwargs):
    html = OUTPUT_LINE.sub(mark_output, PLAIN_TOKEN.sub(r"\1", html))
    html = NOTEBOOK_OUTPUT.sub('<pre tabindex="0">', html)
    return BLOCK_CODE.sub(r'\1 tabindex="0"', html)
