"""A strict Content-Security-Policy on every page, as the first <meta> after the charset.

Static hosting (GitHub Pages) sets no headers, so the policy travels in the page:
`<meta http-equiv="Content-Security-Policy">`, which covers what comes after it (hence
first in <head>) and cannot carry frame-ancestors, report-uri/report-to or sandbox.

    default-src 'self'              fonts, fetches (sitemap)
    script-src  'self' 'sha256-…'   files from the site, the search index; inline scripts by hash
    style-src   'self'              stylesheets only: no <style>, no style="" (checked below)
    img-src     'self' data:        Material's icons are data: URLs in its CSS (mask-image)
    object-src  'none'
    base-uri    'none'              no page has a <base>
    form-action 'self'              the search form (search.js handles its submit)

No 'unsafe-inline', no 'unsafe-eval'. The inline scripts are Material's (__md_scope and
__md_get/__md_set, whose text holds the page's base URL; the palette, tabs and outdated
bits), ours (overrides/main.html's classes on <html>, which must run before the first
layout: a file would be one more render-blocking request; overrides/404.html's redirect).
Each is allowed by the sha256 of its text, computed here from the finished page: one
HTML-parser pass (selectolax, lexbor) over it, which also inserts the <meta> and writes the
page out: its markup is the parser's from then on (`hidden=""`, `<path …></path>`), as the
article's already was (hooks/page_html.py). A script of type application/json (Material's
__config) never runs and needs no hash. The policy adds about 550 bytes to a page (410
gzipped: hashes do not compress).

The same pass fails a strict build when a page holds what the policy would block and no
hash can allow: an inline event handler (onclick=…), a javascript: URL, a style attribute,
a <style> element, or a script from another site.

The offline copy (OFFLINE=true, hooks/offline.py) gets the same policy: 'self' covers
file:// URLs in Chromium.

The same pass defers the scripts at the end of <body> (Material's bundle and
extra_javascript): they no longer hold back the first paint (Lighthouse mobile, topic pages:
first contentful paint 2.2 s -> 1.4 s, 2026-11-29) and still run in document order, before
DOMContentLoaded. (MkDocs' `defer:` option covers extra_javascript only.)

Under `mkdocs serve`, script-src is 'self' 'unsafe-inline' instead of the hashes: the dev
server injects its live-reload script into each page as it serves it, with a new text each
time (no hash can allow it; a hash in the policy would disable 'unsafe-inline'). The rest
of the policy, and the build's checks, stay.
"""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority, get_plugin_logger
from selectolax.lexbor import LexborHTMLParser

log = get_plugin_logger(__name__)
_serving = False  # `mkdocs serve` (on_startup)

POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",  # the page's hashes are appended
    "style-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
}
JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}  # others never run

def sha256(text: str) -> str:
    """A CSP hash source for an inline script's text (its UTF-8 bytes, as the browser hashes them)."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _problems(tree: LexborHTMLParser) -> list[str]:
    """What the policy blocks and no hash can allow."""
    found = []
    for node in tree.root.traverse():
        if not node.is_element_node:
            continue
        for name, value in node.attributes.items():
            if name.startswith("on"):
                found.append(f"<{node.tag} {name}=…>: an inline event handler")
            elif name == "style":
                found.append(f"<{node.tag} style=…>: a style attribute")
            elif name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith("javascript:"):
                found.append(f"<{node.tag} {name}=javascript:…>")
        if node.tag == "style":
            found.append("a <style> element")
        if node.tag == "script" and urlsplit(node.attributes.get("src") or "").netloc:
            found.append(f"<script src={node.attributes['src']}>: another site's script")
    return found


def secure(html: str, where: str) -> str:
    tree = LexborHTMLParser(html)
    if tree.head is None:
        return html
    if tree.body is not None:
        for script in tree.body.css("script[src]"):
            if not {"defer", "async"} & set(script.attributes) and script.attributes.get("type") != "module":
                script.attrs["defer"] = ""
    hashes = []
    for script in tree.css("script"):
        if "src" not in script.attributes and (script.attributes.get("type") or "").strip().lower() in JAVASCRIPT_TYPES:
            hashes.append(sha256(script.text(deep=True)))
    for problem in _problems(tree):
        log.warning(f"{where}: {problem}, which the Content-Security-Policy blocks (hooks/csp.py)")
    sources = ["'unsafe-inline'"] if _serving else dict.fromkeys(hashes)  # a hash once, in page order
    policy = dict(POLICY, **{"script-src": " ".join([POLICY["script-src"], *sources])})
    meta = tree.create_node("meta")
    meta.attrs["http-equiv"] = "Content-Security-Policy"
    meta.attrs["content"] = "; ".join(f"{name} {value}" for name, value in policy.items())
    charset = tree.head.css_first("meta[charset]")
    if charset is not None:
        charset.insert_after(meta)
    elif tree.head.first_child is not None:
        tree.head.first_child.insert_before(meta)
    else:
        tree.head.insert_child(meta)
    return tree.html


def on_startup(command, **kwargs):
    global _serving
    _serving = command == "serve"


@event_priority(-1000)  # last: after every hook and plugin that changes the page (static-i18n's are at -100)
def on_post_page(output, page, config, **kwargs):
    return secure(output, page.file.src_uri)


@event_priority(-1000)
def on_post_template(output_content, template_name, config, **kwargs):
    return secure(output_content, template_name) if template_name.endswith(".html") else output_content
