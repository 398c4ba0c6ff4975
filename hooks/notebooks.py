"""Notebook pages (jupytext Markdown, executed by mkdocs-jupyter).

1. mkdocs-jupyter's execution cache (its `cache_dir` option) is a folder per language
   and per content of the data the notebooks plot (docs/assets/measurements/*.json):
   its cache key covers the notebook's text and options only, so new data (a GPU run's
   cuda.json) would not show on the next build; and each language's build evicts the
   entries it did not use itself, which in a shared folder are the other language's.
2. Offer each notebook as a download: write <page>.ipynb next to its page.
3. Its HTML is made to read like the rest of the site in hooks/page_html.py.
"""

import hashlib
import shutil
from pathlib import Path

import jupytext
from mkdocs.plugins import event_priority

import page_model as model

CACHE = model.ROOT / ".cache" / "mkdocs-jupyter"
MEASUREMENTS = model.MEASUREMENTS


def cache_dir(language: str, data: Path = MEASUREMENTS) -> Path:
    digest = hashlib.sha256()
    for path in sorted(data.glob("*.json")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return CACHE / language / digest.hexdigest()[:16]


@event_priority(-110)  # after static-i18n's (-100) has set theme.language for this build
def on_config(config, **kwargs):
    folder = cache_dir(config.theme["language"])
    for old in folder.parent.glob("*"):  # the runs of data that has changed since
        if old != folder:
            shutil.rmtree(old)
    config.plugins["mkdocs-jupyter"].config["cache_dir"] = str(folder)
    return config


def _is_notebook(page) -> bool:
    """A jupytext notebook page (the plugin's own should_include parses every file: seconds per build)."""
    source = page.file.abs_src_path
    return bool(source) and source.endswith(".md") and model.is_notebook(Path(source).read_text(encoding="utf-8"))


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
