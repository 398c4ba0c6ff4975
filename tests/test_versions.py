"""Versioned publishing with mike (.ci/deploy), into a throwaway git repository."""

import json
import os
import posixpath
import re
import subprocess

import pytest

from guide import TORCH_MINOR as TORCH, copy_site



def git(repo, *args) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


PUBLISHED = [TORCH, "2.15"]  # the pinned torch, built from the files; 2.15, from its recorded outputs


def deploy(repo):
    env = {**os.environ, "PUBLISHED": " ".join(PUBLISHED)}
    result = subprocess.run(["bash", ".ci/deploy"], cwd=repo, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def published(repo) -> set[str]:
    return set(git(repo, "ls-tree", "-r", "--name-only", "gh-pages").split())


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    """A copy of the project in a new git repository, deployed once."""
    repo = tmp_path_factory.mktemp("repo")
    copy_site(repo, extra=(".ci",))
    git(repo, "init", "-q")
    git(repo, "config", "user.name", "test")
    git(repo, "config", "user.email", "test@example.invalid")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "project")
    deploy(repo)
    return repo


def test_one_version_per_torch_with_latest_on_the_newest_as_default(repo):
    versions = json.loads(git(repo, "show", "gh-pages:versions.json"))
    assert versions == [{"version": "2.15", "title": "2.15", "aliases": ["latest"]},
                        {"version": TORCH, "title": TORCH, "aliases": []}]
    assert 'window.location.replace(\n      "latest/"' in git(repo, "show", "gh-pages:index.html")


def test_each_version_states_its_torch_and_shows_what_that_torch_printed(repo):
    import compat
    for minor in PUBLISHED:
        page = git(repo, "show", f"gh-pages:{minor}/en/no_grad/index.html")
        assert f'data-torch-version="{compat.MINORS[minor]}"' in page, minor
        assert f"Same output on torch" in page


def test_both_languages_are_under_the_version_and_the_alias(repo):
    files = published(repo)
    for prefix in [*PUBLISHED, "latest"]:
        for page in ["index.html", "en/index.html", "no_grad/index.html", "en/no_grad/index.html",
                     "404.html", "en/404.html", "measurements/measurements.ipynb"]:
            assert f"{prefix}/{page}" in files


def test_latest_is_a_copy_not_a_symlink(repo):
    listing = git(repo, "ls-tree", "gh-pages", "latest")
    assert listing.startswith("040000 tree"), listing  # a symlink would be mode 120000


def test_deploying_again_changes_nothing(repo):
    before = git(repo, "rev-parse", "gh-pages")
    deploy(repo)
    assert git(repo, "rev-parse", "gh-pages") == before


def test_language_links_are_relative_and_lead_to_a_published_page(repo):
    files, wrong = published(repo), []
    for path in sorted(files):
        if path.endswith(".html") and not path.endswith("404.html"):  # a 404 page is served at any address
            html = git(repo, "show", f"gh-pages:{path}")
            for href in re.findall(r'<a href="([^"]*)" hreflang=', html):
                target = posixpath.normpath(posixpath.join(posixpath.dirname(path), href))
                if href.startswith(("/", "http")) or f"{target}/index.html" not in files:
                    wrong.append(f"{path}: {href}")
    assert wrong == []
