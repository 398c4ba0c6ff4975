"""Every snippet text runs in its own process and prints exactly its #> lines; so does the measurement command."""

import json
import subprocess
import sys
from functools import cache

import pytest

from conftest import skip_without_cuda
from guide import LANGUAGES, ROOT, SNIPPETS
from page_model import MINORS, fresh_record, load, programs, text_name
from snippet_runner import check_file, check_translation, needs_cuda


def _param(path):
    marks = [pytest.mark.snippet(path)] + ([pytest.mark.cuda] if needs_cuda(path.read_text()) else [])
    return pytest.param(path, id=str(path.relative_to(SNIPPETS)), marks=marks)


@cache
def _data(minor):
    return load(minor) or {}


def _recorded_writes(program):
    """What other torches printed with this program (docs/assets/compat), for `check_translation`."""
    return [write for minor in MINORS for record in [fresh_record(_data(minor), program, program.read_text())]
            if record for write in record["writes"]]


@pytest.mark.parametrize("path", [_param(p) for p in programs()])
def test_snippet_prints_its_outputs_in_each_language(path, request):
    """The program and each of its texts (one program, two texts: README) print exactly their
    `#>` lines; each text prints what the program prints, in its words."""
    skip_without_cuda(path.read_text())
    texts = [path.with_name(text_name(path.name, language)) for language in LANGUAGES]
    failures = []
    for text in sorted(texts, key=lambda t: t != path):  # the program first: its texts are checked against it
        if not text.is_file():
            failures.append(f"{text.relative_to(ROOT)} is missing: each program has a text in every language")
            continue
        failure = check_file(text, str(text.relative_to(ROOT)), request.config.getoption("--update-outputs"))
        failures += [failure] if failure else []
        if text != path and not failure:
            failures += [problem] if (problem := check_translation(
                path.read_text(), text.read_text(), str(path.relative_to(ROOT)), str(text.relative_to(ROOT)),
                _recorded_writes(path))) else []
    assert not failures, "\n\n".join(failures)


def test_measurement_command_writes_its_data_with_provenance(tmp_path):
    out = tmp_path / "cpu.json"
    subprocess.run([sys.executable, str(ROOT / "tests" / "benchmarks" / "measure.py"), "--small", "--device", "cpu",
                    "--repeats", "1", "--out", str(out)], check=True, capture_output=True)  # one run: 3.5 s, not 8
    data = json.loads(out.read_text())
    assert data["torch"] and data["date"] and data["machine"] and data["device"].startswith("CPU")
    saved = {row["mode"]: row["saved_bytes"] for row in data["rows"] if row["batch"] == 8}
    assert saved["grad"] > 0 and saved["no_grad"] == 0 and saved["inference_mode"] == 0
