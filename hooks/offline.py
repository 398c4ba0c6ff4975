"""The offline copy of each published version (.ci/deploy builds and zips it).

1. OFFLINE=true builds a site that reads from disk (file://): pages as name.html rather
   than name/ (use_directory_urls off), so each link names a file. Search needs nothing
   more: its index is a script (hooks/search.py), which a page on disk may load. A
   block's download link carries its file as a data: URL (hooks/page_html.py): from disk,
   Chromium opens a link to a .py file as text and ignores `download`.
   (Material's offline plugin also adds a shim, from unpkg.com, for a search worker this
   site does not have: not used.)
2. OFFLINE_ARCHIVE=<path to the zip>: the deploy's build copies the archive into
   download/, and every page's footer links to it (overrides/partials/copyright.html).
   Without it (a plain build, `mkdocs serve`, the offline copy itself) there is no link.
"""

import os
import shutil
from pathlib import Path

from mkdocs.plugins import event_priority

import page_model as model

FOLDER = "download"


@event_priority(100)  # before static-i18n copies the config for each language
def on_config(config, **kwargs):
    if model.offline():
        config.use_directory_urls = False
    archive = os.environ.get("OFFLINE_ARCHIVE")
    if archive:
        config.extra["offline_archive"] = f"{FOLDER}/{Path(archive).name}"
    return config


def on_post_build(config, **kwargs):
    if config.extra.get("offline_archive"):
        (Path(config.site_dir) / FOLDER).mkdir(exist_ok=True)
        shutil.copyfile(os.environ["OFFLINE_ARCHIVE"], Path(config.site_dir) / config.extra["offline_archive"])
