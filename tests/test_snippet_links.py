"""hooks/snippet_links.py and page_html.py's download links, on Markdown rendered as the site renders it."""

from types import SimpleNamespace

import markdown
from selectolax.lexbor import LexborHTMLParser

from guide import SNIPPETS
from page_html import download_links
from snippet_links import with_paths

PAGE = '''\
```python title="Qué guarda cada modo" hl_lines="1"
--8<-- "no_grad/04_what_it_saves.py"
```

=== "CPU"

    ```python
    --8<-- "no_grad/05_decorator.py"
    ```

```{ .python title="Con sección" }
--8<-- "no_grad/06_generator.py:nowhere"
```

```python title="Dos archivos"
--8<-- "no_grad/07_nesting.py"
--8<-- "no_grad/08_factories_inside.py"
```
'''


def render(page: str, url: str, language: str) -> str:
    text, paths = with_paths(page)
    html = markdown.markdown(
        text, extensions=["pymdownx.highlight", "pymdownx.superfences", "pymdownx.tabbed", "pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": {"base_path": [str(SNIPPETS)]}, "pymdownx.tabbed": {"alternate_style": True}},
    )
    tree = LexborHTMLParser(html)
    download = {"es": "Descargar {path}", "en": "Download {path}"}[language]  # mkdocs.yml extra.text
    download_links(tree, SimpleNamespace(url=url), SimpleNamespace(extra={"text": {"download_snippet": download}}))
    return tree.body.inner_html


def test_the_caption_is_kept_and_the_path_downloads_the_snippet():
    html = render(PAGE.split("\n\n===")[0], "no_grad/", "es")
    assert ('<span class="filename">Qué guarda cada modo · <a class="snippet-download" '
            'href="../snippets/no_grad/04_what_it_saves.py" download="04_what_it_saves.py" title="Descargar no_grad/04_what_it_saves.py" '
            'aria-label="Descargar no_grad/04_what_it_saves.py">no_grad/04_what_it_saves.py</a></span>') in html


def test_a_block_in_a_tab_without_a_title_gets_the_path_alone_and_english_pages_link_up_two_levels():
    html = render(PAGE, "en/no_grad/", "en")
    assert ('<span class="filename"><a class="snippet-download" href="../../snippets/no_grad/05_decorator.py" download="05_decorator.py" '
            'title="Download no_grad/05_decorator.py" aria-label="Download no_grad/05_decorator.py">') in html


def test_only_a_block_that_is_one_whole_snippet_is_linked():
    text, paths = with_paths(PAGE)
    assert paths == ["no_grad/04_what_it_saves.py", "no_grad/05_decorator.py"]
    assert 'title="Con sección"' in text and 'title="Dos archivos"' in text
