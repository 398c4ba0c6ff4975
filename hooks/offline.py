"""The offline copy of each published version (.ci/deploy builds and zips it).

1. OFFLINE=true builds a site that reads from disk (file://), search included, with
   Material's offline plugin (mkdocs.yml). Two fixes where it meets this site:
   - the search worker runs through iframe-worker's shim (Chromium starts no Worker
     from a file:// page); the plugin loads it from unpkg.com: use our copy instead,
     so the site makes no third-party request;
   - static-i18n builds the languages one after the other and merges their search
     indexes last (its on_post_build, priority -100): inline the merged index again,
     or the copy searches only the last language built.
2. OFFLINE_ARCHIVE=<path to the zip>: the deploy's build copies the archive into
   download/, and every page's footer links to it (overrides/partials/copyright.html).
   Without it (a plain build, `mkdocs serve`, the offline copy itself) there is no link.
"""

import os
import shutil
from pathlib import Path

from mkdocs.plugins import event_priority

SHIM = "assets/javascripts/iframe-worker.js"
FOLDER = "download"


def _offline(config):
    return config.plugins["material/offline"]


def on_config(config, **kwargs):
    if _offline(config).config.enabled:
        config.extra["polyfills"] = [SHIM]
    archive = os.environ.get("OFFLINE_ARCHIVE")
    if archive:
        config.extra["offline_archive"] = f"{FOLDER}/{Path(archive).name}"
    return config


@event_priority(-110)  # after static-i18n's (-100) has written the merged search index
def on_post_build(config, **kwargs):
    _offline(config).on_post_build(config=config)  # does nothing unless enabled
    if config.extra.get("offline_archive"):
        (Path(config.site_dir) / FOLDER).mkdir(exist_ok=True)
        shutil.copyfile(os.environ["OFFLINE_ARCHIVE"], Path(config.site_dir) / config.extra["offline_archive"])
