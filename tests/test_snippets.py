"""Every snippet runs in its own process and prints exactly its #> lines; so does the measurement command."""

import json
import subprocess
import sys

import pytest

from conftest import skip_without_cuda
from guide import ROOT, SNIPPETS, snippet_files
from snippet_runner import check, needs_cuda


def _param(path):
    marks = [pytest.mark.snippet(path)] + ([pytest.mark.cuda] if needs_cuda(path.read_text()) else [])
    return pytest.param(path, id=str(path.relative_to(SNIPPETS)), marks=marks)


@pytest.mark.parametrize("path", [_param(p) for p in snippet_files()])
def test_snippet_prints_its_outputs(path, request):
    source = path.read_text()
    skip_without_cuda(source)
    failure, annotated = check(source, str(path.relative_to(ROOT)))
    if failure and annotated != source and request.config.getoption("--update-outputs"):
        path.write_text(annotated)
        return
    assert failure is None, failure


def test_measurement_command_writes_its_data_with_provenance(tmp_path):
    out = tmp_path / "cpu.json"
    subprocess.run([sys.executable, str(ROOT / "tests" / "benchmarks" / "measure.py"), "--small", "--device", "cpu",
                    "--repeats", "1", "--out", str(out)], check=True, capture_output=True)  # one run: 3.5 s, not 8
    data = json.loads(out.read_text())
    assert data["torch"] and data["date"] and data["machine"] and data["device"].startswith("CPU")
    saved = {row["mode"]: row["saved_bytes"] for row in data["rows"] if row["batch"] == 8}
    assert saved["grad"] > 0 and saved["no_grad"] == 0 and saved["inference_mode"] == 0
