"""Every snippet runs in its own process and prints exactly its #> lines."""

import pytest

from conftest import skip_without_cuda
from guide import ROOT, SNIPPETS, snippet_files
from snippet_runner import check, needs_cuda


def _param(path):
    marks = [pytest.mark.cuda] if needs_cuda(path.read_text()) else []
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
