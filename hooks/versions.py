"""The torch a build shows, and mike's version selector.

1. The torch whose outputs the build shows (hooks/page_model.py `shown_minor`: $TORCH_MINOR,
   set by .ci/deploy, else the pin in requirements.txt): every page's footer names it
   (`extra.torch_version`, overrides/partials/copyright.html; API links lead to its
   reference), and the snippets are included from the folder that holds its `#>` lines.
2. Material's version selector reads versions.json, which only a mike deploy writes
   (.ci/deploy sets VERSION_PROVIDER=mike). Elsewhere (a plain build, `mkdocs serve`)
   `extra.version` is dropped: with it, Material's scripts fail on every page.
"""

from mkdocs.exceptions import PluginError

import page_model as model


def on_config(config, **kwargs):
    try:
        minor = model.shown_minor()
    except ValueError as error:
        raise PluginError(str(error)) from None
    config.extra["torch_version"] = model.shown_torch(minor)
    config.mdx_configs["pymdownx.snippets"]["base_path"] = [str(model.prepare_snippets_folder(minor))]
    if not config.extra.get("version", {}).get("provider"):
        config.extra.pop("version", None)
    return config
