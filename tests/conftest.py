"""Shared test setup: the `cuda` skip, `--update-outputs`, and how page blocks run."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
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


# --- The two slow products many tests read, made once per run in the background ---------
# The site's strict build (`built_site`) and a deploy into a throwaway repository
# (`deployed_repo`) are each made once per run, whichever pytest-xdist worker runs the tests
# that read them. The first process to finish collecting tests that need one claims it
# (creating its folder is atomic) and starts it at once, in a thread whose commands (mkdocs,
# .ci/deploy) are child processes; tests run meanwhile, and the fixture, in any process,
# waits for the result file. The folder is one per run: the controller (with -n 0, the only
# process) makes it, hands it to the workers (pytest-xdist's pytest_configure_node and
# workerinput) and removes it at the end. Only public pytest and pytest-xdist API.

RUN_FOLDER = pytest.StashKey[Path]()
OWNS_RUN_FOLDER = pytest.StashKey[bool]()
WORKERINPUT_KEY = "gradient_modes_run_folder"
PRODUCT_TIMEOUT_S = 900
_THREADS: list[threading.Thread] = []  # the products this process makes
_CHILDREN: set[subprocess.Popen] = set()  # their commands running now


@dataclass(frozen=True)
class Build:
    site: Path
    returncode: int
    log: str


def git(repo, *args) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


# The pinned torch, built from the files, and the newest published one, from its recorded outputs.
PUBLISHED = list(dict.fromkeys([guide.TORCH_MINOR, page_model.PUBLISHED[-1]]))  # one, once the pin is the newest


def deploy(repo, versions=PUBLISHED):
    env = {**_BUILD_ENV, "PUBLISHED": " ".join(versions)}
    result = subprocess.run(["bash", ".ci/deploy"], cwd=repo, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _make_site(folder: Path, run) -> None:
    run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder / "site")], cwd=guide.ROOT)


def _make_deploy(folder: Path, run) -> None:
    """A copy of the project in a new git repository, published once with .ci/deploy."""
    repo = folder / "repo"
    guide.copy_site(repo, extra=(".ci", "tests"))  # .ci/deploy runs tests/compat.py check
    for args in [["init", "-q"], ["config", "user.name", "test"], ["config", "user.email", "test@example.invalid"],
                 ["add", "-A"], ["commit", "-qm", "project"]]:
        run(["git", *args], cwd=repo)
    run(["bash", ".ci/deploy"], cwd=repo, env={"PUBLISHED": " ".join(PUBLISHED)})


PRODUCTS = {"built_site": _make_site, "deployed_repo": _make_deploy}  # fixture name -> how it is made
# The variables that choose what a build makes (mkdocs.yml, hooks/, .ci/deploy): a reader's shell
# may have them set; the tests' products are the pinned torch's plain site and deploy.
_BUILD_ENV = {name: value for name, value in os.environ.items()
              if name not in {"TORCH_MINOR", "OFFLINE", "OFFLINE_ARCHIVE", "VERSION_PROVIDER", "SITE_URL", "PUBLISHED"}}


class _CommandFailed(Exception):
    pass


def _make(name: str, folder: Path) -> None:
    """Make product `name` in `folder` (a thread's target); always ends by writing result.json."""
    returncode = 0
    with (folder / "log.txt").open("w") as log:
        def run(command, cwd, env=None):
            process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                       env={**_BUILD_ENV, "NO_MKDOCS_2_WARNING": "1", **(env or {})})
            _CHILDREN.add(process)
            try:
                if process.wait():
                    raise _CommandFailed(process.returncode)
            finally:
                _CHILDREN.discard(process)

        try:
            PRODUCTS[name](folder, run)
        except _CommandFailed as failed:
            returncode = failed.args[0]
        except BaseException:
            returncode = -1
            log.write(traceback.format_exc())
    result = {"returncode": returncode, "log": (folder / "log.txt").read_text(errors="replace")}
    (folder / "result.json.part").write_text(json.dumps(result))
    os.replace(folder / "result.json.part", folder / "result.json")  # whole or absent for a reader


def _start(config, name: str) -> None:
    """Start making `name` unless a process of this run already has."""
    folder = config.stash[RUN_FOLDER] / name
    try:
        folder.mkdir()
    except FileExistsError:
        return
    thread = threading.Thread(target=_make, args=(name, folder), name=f"make {name}", daemon=True)
    thread.start()
    _THREADS.append(thread)


def _await(config, name: str) -> tuple[Path, dict]:
    _start(config, name)  # a no-op when collection started it, as it does for tests that name the fixture
    folder = config.stash[RUN_FOLDER] / name
    deadline = time.monotonic() + PRODUCT_TIMEOUT_S
    while not (folder / "result.json").exists():
        if time.monotonic() > deadline:
            pytest.fail(f"{name}: no result in {folder} after {PRODUCT_TIMEOUT_S} s")
        time.sleep(0.1)
    return folder, json.loads((folder / "result.json").read_text())


@pytest.fixture(scope="session")
def built_site(pytestconfig) -> Build:
    """One strict build of the whole site, shared by the build and browser tests."""
    folder, result = _await(pytestconfig, "built_site")
    return Build(folder / "site", result["returncode"], result["log"])


@pytest.fixture(scope="session")
def deployed_repo(pytestconfig) -> Path:
    """A copy of the project in a new git repository, published once with .ci/deploy
    (tests/test_versions.py checks the branch, tests/test_offline.py opens an archive)."""
    folder, result = _await(pytestconfig, "deployed_repo")
    assert result["returncode"] == 0, result["log"]
    return folder / "repo"


def pytest_configure(config):
    if hasattr(config, "workerinput") and WORKERINPUT_KEY in config.workerinput:
        config.stash[RUN_FOLDER] = Path(config.workerinput[WORKERINPUT_KEY])
    else:  # the controller, or the only process (-n 0)
        config.stash[RUN_FOLDER] = Path(tempfile.mkdtemp(prefix="pytest-gradient-modes-"))
        config.stash[OWNS_RUN_FOLDER] = True


@pytest.hookimpl(optionalhook=True)  # pytest-xdist's, in the controller: what each worker is handed
def pytest_configure_node(node):
    node.workerinput[WORKERINPUT_KEY] = str(node.config.stash[RUN_FOLDER])


def pytest_collection_finish(session):
    """Start the products that the collected tests need, before the first test runs."""
    if not session.config.getoption("collectonly"):
        for name in PRODUCTS:
            if any(name in getattr(item, "fixturenames", ()) for item in session.items):
                _start(session.config, name)


def pytest_sessionfinish(session, exitstatus):
    if exitstatus == pytest.ExitCode.INTERRUPTED:
        for process in list(_CHILDREN):
            process.kill()
    for thread in _THREADS:  # another worker may still be waiting for it
        thread.join()


def pytest_unconfigure(config):
    if config.stash.get(OWNS_RUN_FOLDER, False):
        shutil.rmtree(config.stash[RUN_FOLDER], ignore_errors=True)


def skip_without_cuda(source: str) -> None:
    if snippet_runner.needs_cuda(source) and not snippet_runner.cuda_available():
        pytest.skip(f"`{snippet_runner.CUDA_HEADER}`: no CUDA device here (torch.cuda.is_available() is False)")


def pytest_collection_modifyitems(items):
    for item in items:
        source = getattr(item, "code", None)  # a Markdown block collected by pytest-markdown-docs
        if source is not None and snippet_runner.needs_cuda(source):
            item.add_marker(pytest.mark.cuda)


# The order tests run in. pytest.ini's -n 2 balances the load: each pytest-xdist worker is
# handed the next tests in this order as it frees up. First what needs neither product: each
# program's test (it runs the program and its translations) followed by the page blocks that
# show one of its texts: they reuse its runs, cached in the process that ran them (next to each
# other, they mostly land in the same worker; --dist loadgroup, which would force it, made the
# suite slower: 203 s against 182 s). Then the deploy's
# tests (one redeploys: a long test, best not last); then the built site's tests, many and
# short, which even out the end. The products are made meanwhile, and are usually ready when
# their first test starts.
def _program(item) -> str:
    """The program whose texts a snippet test or a page block runs ("" for other tests)."""
    if snippet := item.get_closest_marker("snippet"):  # tests/test_snippets.py
        return str(snippet.args[0].relative_to(guide.ROOT))
    code = getattr(item, "code", None)  # a page's block (pytest-markdown-docs)
    path = _snippets_by_text().get(code.strip("\n"), ("", ""))[1] if code else ""
    return page_model.program_name(path) if path else ""


def _run_order(item) -> tuple[int, str, bool]:
    names = getattr(item, "fixturenames", ())
    if "built_site" in names:
        return 2, "", False
    if "deployed_repo" in names:
        return 1, "", False
    return 0, _program(item), not item.get_closest_marker("snippet")  # the program's test before its blocks


@pytest.hookimpl(specname="pytest_collection_modifyitems", trylast=True)  # the one above marks CUDA tests
def pytest_collection_modifyitems_run_order(items):
    items.sort(key=_run_order)


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
