"""What prose may take from the build (mkdocs-macros-plugin's module, mkdocs.yml `macros:`).

- `{{ torch }}`: the torch whose outputs the build shows ("2.13.0" in the everyday build,
  "2.15.0" in the deploy's 2.15 build; hooks/page_model.py `shown_torch`).
- `{{ measured_torch }}`: the torch the CPU measurements were made with (their data file):
  the figures of the measurements page, whichever torch the build shows.
- `{{ printed("compile/01", "graphs=([0-9]+)", torch="2.4") }}`: the same read off what
  another torch minor printed (docs/assets/compat/): a figure about older versions, in a
  sentence that names them. No fresh data for that minor fails the build.
- `{{ measured("depth 8, batch 1024: grad ([0-9]+)") }}`: a figure read off the measurements
  notebook's printed output (its English page's code cells, run on the data in
  docs/assets/measurements/; cached in .cache/measured/ by the hash of code and data), the
  same rule as printed(): the first group, or the whole match; no match fails the build.
- `{{ pin }}`: the torch requirements.txt pins, which the everyday suite runs ("2.13.0").
- `{{ published }}`: the torch minors with a published version of the site ("2.13, 2.14, 2.15").
- `{{ printed("compile/01", "graphs=([0-9]+)") }}`: a figure read off a block's output, as
  this build shows it (the `#>` lines of that torch's run): the pattern's first group, or
  the whole match (`^` and `$` match at each line). The block is its snippet, `topic/NN` for snippets/topic/NN_slug.py. A
  pattern that no longer matches fails the build, naming the page, the block and its output.
"""

import functools
import hashlib
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).parent))  # mkdocs-macros loads this file alone: page_model beside it
import page_model as model  # noqa: E402

log = logging.getLogger("mkdocs.hooks.macros")
NOTEBOOK = model.DOCS / "en" / "measurements.md"  # English: the patterns quote its printed words
MEASURED_TIMEOUT_S = 300


@functools.cache
def measurements_output() -> str:
    """What the measurements notebook prints: its code cells run in one process (plots to Agg),
    once per content of its code, its data and the Python that runs it."""
    code = "\n\n".join("\n".join(block.body) for block in model.blocks(NOTEBOOK.read_text(encoding="utf-8"))
                       if block.language in model.PYTHON_LANGUAGES)
    data = b"".join(path.read_bytes() for path in sorted(model.MEASUREMENTS.glob("*.json")))
    key = hashlib.sha256(code.encode() + data + sys.version.encode() + sys.prefix.encode()).hexdigest()[:16]
    cached = model.ROOT / ".cache" / "measured" / f"{key}.txt"
    if cached.is_file():
        return cached.read_text(encoding="utf-8")
    run = subprocess.run([sys.executable, "-"], input=code, text=True, capture_output=True, cwd=model.ROOT,
                         env={**os.environ, "MPLBACKEND": "Agg"}, timeout=MEASURED_TIMEOUT_S)
    if run.returncode:
        raise PluginError(f"{NOTEBOOK.relative_to(model.ROOT)}: its code failed:\n{run.stderr}")
    cached.parent.mkdir(parents=True, exist_ok=True)
    for old in cached.parent.iterdir():  # output of older code or data; another build's leftovers
        if old.name != cached.name and not old.name.startswith(f"{key}."):
            old.unlink(missing_ok=True)
    partial = cached.with_name(f"{key}.{os.getpid()}.tmp")  # the deploy's parallel builds: whole files only
    partial.write_text(run.stdout, encoding="utf-8")
    os.replace(partial, cached)
    return run.stdout


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

    def fail(message: str):
        # An error, not mkdocs-macros' warning (its on_error_fail logs a warning and exits 100):
        # `mkdocs build --quiet` (.ci/deploy) shows it too.
        message = f"{env.page.file.src_uri}: {message}"
        log.error(message)
        raise ValueError(message)

    def figure(call: str, source: str, pattern: str, output) -> str:
        try:
            match = re.search(pattern, output(), re.MULTILINE)  # ^ and $: a line of the output
        except (re.error, OSError, PluginError, subprocess.TimeoutExpired) as error:
            fail(f"{call}: {type(error).__name__}: {error}")
        if match is None:
            fail(f"{call}: {source} has no such text:\n{output()}")
        return match.group(1) if match.groups() else match.group()

    def snippet_file(call: str, snippet: str, where: Path) -> Path:
        found = [p for p in where.glob(f"{snippet}_*.py") if model.is_program(p)]  # figures: the program's output
        if len(found) != 1:
            fail(f"{call}: {len(found)} snippets match snippets/{snippet}_*.py, not 1")
        return found[0]

    @env.macro
    def printed(snippet: str, pattern: str, torch: str | None = None) -> str:
        call = f"printed({snippet!r}, {pattern!r}" + (f", torch={torch!r})" if torch else ")")
        path = snippet_file(call, snippet, folder if torch is None else model.SNIPPETS)
        if torch is None:
            return figure(call, f"{path.name}'s output on torch {env.variables['torch']}", pattern,
                          lambda: model.printed(path.read_text(encoding="utf-8")))
        if torch not in model.MINORS or (output := model.recorded_output(torch, path)) is None:
            fail(f"{call}: no recorded output of {path.name} for its current code on torch {torch}")
        return figure(call, f"{path.name}'s output on torch {torch}", pattern, lambda: output)

    @env.macro
    def differs(snippet: str) -> str:
        """The torch minors on which a snippet prints something else than on the build's, as
        ranges ("2.0–2.8"), from the matrix data: prose names them without typing them."""
        call = f"differs({snippet!r})"
        path = snippet_file(call, snippet, model.SNIPPETS)
        outputs = {m: model.recorded_output(m, path) for m in model.MINORS}
        if None in outputs.values():
            fail(f"{call}: no recorded output of {path.name} for its current code on torch "
                 f"{model.version_ranges([m for m, output in outputs.items() if output is None])}")
        others = [m for m, output in outputs.items() if output != outputs[minor]]
        if not others:
            fail(f"{call}: {path.name} prints the same on every torch: no version to name")
        return model.version_ranges(others)

    @env.macro
    def measured(pattern: str) -> str:
        return figure(f"measured({pattern!r})", "the measurements notebook's output", pattern, measurements_output)
