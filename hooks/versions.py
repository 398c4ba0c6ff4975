"""Versions: the torch version the outputs were verified with, and mike's version selector.

1. Every page's footer states the pinned torch version (overrides/partials/copyright.html),
   read from requirements.txt, the one place it is set.
2. Material's version selector reads versions.json, which only a mike deploy writes
   (.ci/deploy sets VERSION_PROVIDER=mike). Elsewhere (a plain build, `mkdocs serve`)
   `extra.version` is dropped: with it, Material's scripts fail on every page.
"""

import re
from pathlib import Path


def on_config(config, **kwargs):
    requirements = Path(config.config_file_path).parent / "requirements.txt"
    pin = re.search(r"^torch==(\S+)", requirements.read_text(), re.M)
    if pin is None:
        raise ValueError(f"{requirements}: no torch==<version> pin")
    config.extra["torch_version"] = pin[1]
    if not config.extra.get("version", {}).get("provider"):
        config.extra.pop("version", None)
    return config
