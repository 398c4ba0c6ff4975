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
import page_model
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


def git(repo, *args) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


# The pinned torch, built from the files, and the newest published one, from its recorded outputs.
PUBLISHED = [guide.TORCH_MINOR, page_model.PUBLISHED[-1]]


def deploy(repo, versions=PUBLISHED):
    env = {**os.environ, "PUBLISHED": " ".join(versions)}
    result = subprocess.run(["bash", ".ci/deploy"], cwd=repo, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="session")
def deployed_repo(tmp_path_factory) -> Path:
    """A copy of the project in a new git repository, published once with .ci/deploy
    (tests/test_versions.py checks the branch, tests/test_offline.py opens an archive)."""
    repo = tmp_path_factory.mktemp("repo")
    guide.copy_site(repo, extra=(".ci",))
    git(repo, "init", "-q")
    git(repo, "config", "user.name", "test")
    git(repo, "config", "user.email", "test@example.invalid")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "project")
    deploy(repo)
    return repo


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


# The suite runs in two pytest-xdist workers (pytest.ini: -n 2), one half each, about equal
# in time on two cores: the built site's tests (one build, Chromium) in one; in the other,
# the snippets and the page blocks that reuse their runs (cached in that process), the
# deploy and the rest. A session fixture runs once in each worker that uses it: keeping
# the users of `built_site` together builds the site once.
SITE_TESTS = {"tests/test_api_links.py", "tests/test_browser.py", "tests/test_compat.py", "tests/test_notebooks.py",
              "tests/test_pages.py"}


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook; `-n 0` runs the suite in one process
def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class TwoHalves(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            return "site" if nodeid.split("::")[0] in SITE_TESTS else "code"

    return TwoHalves(config, log)


@pytest.hookimpl
def pytest_markdown_docs_markdown_it() -> MarkdownIt:
    return guide.RenderedBlocksParser()


@cache
def _snippets_by_text() -> dict[str, tuple[str, str]]:
    """A snippet file's text (outer newlines aside) -> (its text, its path)."""
    return {text.strip("\n"): (text, str(path.relative_to(guide.ROOT)))
            for path in guide.snippet_files() for text in [path.read_text()]}


@register_runner(default=True)
class SnippetOutputRunner(_Runner):
    """Runs a page's block, as rendered, in its own process and checks its #> lines.

    A block that is a whole snippet file reuses that file's run (tests/test_snippets.py,
    cached by snippet_runner.run): the same code is not run three times.
    """

    def runtest(self, test, args, *, asyncio_runner=None):
        skip_without_cuda(test.source)
        block = test.source.strip("\n")  # pytest-markdown-docs pads it with the page's lines above
        source, filename = _snippets_by_text().get(block, (test.source, str(test.source_path)))
        failure, _ = snippet_runner.check(source, filename)
        if failure:
            raise AssertionError(failure)

    def repr_failure(self, test, excinfo, style=None):
        return str(excinfo.value)
