"""Shared test setup: the `cuda` skip, `--update-outputs`, and how page blocks run."""

import os
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from pytest_markdown_docs._runners import _Runner, register_runner

import guide
import snippet_runner


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the #> lines of snippets/ from a real run instead of failing on drift",
    )


@dataclass(frozen=True)
class Build:
    site: Path
    returncode: int
    log: str


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Build:
    """One strict build of the whole site, shared by the build and browser tests."""
    site = tmp_path_factory.mktemp("build") / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=guide.ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return Build(site, result.returncode, result.stdout + result.stderr)


@cache
def _cuda_available() -> bool:
    import torch  # only imported when a CUDA snippet is collected

    return torch.cuda.is_available()


def skip_without_cuda(source: str) -> None:
    if snippet_runner.needs_cuda(source) and not _cuda_available():
        pytest.skip(f"`{snippet_runner.CUDA_HEADER}`: no CUDA device here (torch.cuda.is_available() is False)")


def pytest_collection_modifyitems(items):
    for item in items:
        source = getattr(item, "code", None)  # a Markdown block collected by pytest-markdown-docs
        if source is not None and snippet_runner.needs_cuda(source):
            item.add_marker(pytest.mark.cuda)


@pytest.hookimpl
def pytest_markdown_docs_markdown_it() -> MarkdownIt:
    return guide.RenderedBlocksParser()


@register_runner(default=True)
class SnippetOutputRunner(_Runner):
    """Runs a page's block, as rendered, in its own process and checks its #> lines."""

    def runtest(self, test, args, *, asyncio_runner=None):
        skip_without_cuda(test.source)
        failure, _ = snippet_runner.check(test.source, str(test.source_path))
        if failure:
            raise AssertionError(failure)

    def repr_failure(self, test, excinfo, style=None):
        return str(excinfo.value)
