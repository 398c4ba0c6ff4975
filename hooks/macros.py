"""What prose may take from the build (mkdocs-macros-plugin's module, mkdocs.yml `macros:`).

- `{{ torch }}`: the torch whose outputs the build shows ("2.13.0" in the everyday build,
  "2.15.0" in the deploy's 2.15 build; hooks/page_model.py `shown_torch`).
- `{{ measured_torch }}`: the torch the CPU measurements were made with (their data file):
  the figures of the measurements page, whichever torch the build shows.
- `{{ pin }}`: the torch requirements.txt pins, which the everyday suite runs ("2.13.0").
- `{{ published }}`: the torch minors with a published version of the site ("2.13, 2.14, 2.15").
- `{{ printed("compile/01", "graphs=([0-9]+)") }}`: a figure read off a block's output, as
  this build shows it (the `#>` lines of that torch's run): the pattern's first group, or
  the whole match. The block is its snippet, `topic/NN` for snippets/topic/NN_slug.py. A
  pattern that no longer matches fails the build, naming the page, the block and its output.
"""

import json
import re

from mkdocs.exceptions import PluginError

import page_model as model


def define_env(env):
    try:
        minor = model.shown_minor()
    except ValueError as error:
        raise PluginError(str(error)) from None
    env.variables["torch"] = model.shown_torch(minor)
    measured = json.loads((model.MEASUREMENTS / "cpu.json").read_text(encoding="utf-8"))
    env.variables["measured_torch"] = measured["torch"].split("+")[0]  # "2.13.0+cpu": the local build tag aside
    env.variables["pin"] = model.TORCH_PIN
    env.variables["published"] = ", ".join(model.PUBLISHED)
    folder = model.snippets_folder(minor)  # where the blocks come from: prose and blocks read one text

    @env.macro
    def printed(snippet: str, pattern: str) -> str:
        found = list(folder.glob(f"{snippet}_*.py"))
        if len(found) != 1:
            raise ValueError(f"{env.page.file.src_uri}: printed({snippet!r}): {len(found)} snippets match "
                             f"snippets/{snippet}_*.py, not 1")
        path, = found
        output = model.printed(path.read_text(encoding="utf-8"))
        match = re.search(pattern, output)
        if match is None:
            raise ValueError(f"{env.page.file.src_uri}: printed({snippet!r}, {pattern!r}): {path.name}'s output "
                             f"on torch {env.variables['torch']} has no such text:\n{output}")
        return match.group(1) if match.groups() else match.group()
