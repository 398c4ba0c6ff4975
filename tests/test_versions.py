"""Versioned publishing with mike (.ci/deploy), into a throwaway git repository."""

import io
import json
import posixpath
import re
import subprocess
import zipfile

from conftest import PUBLISHED, deploy, git
from guide import TORCH_MINOR as TORCH


def published(repo) -> set[str]:
    return set(git(repo, "ls-tree", "-r", "--name-only", "gh-pages").split())


def test_one_version_per_torch_with_latest_on_the_newest_as_default(deployed_repo):
    versions = json.loads(git(deployed_repo, "show", "gh-pages:versions.json"))
    assert versions == [{"version": "2.15", "title": "torch 2.15 (latest)", "aliases": ["latest"]},
                        {"version": TORCH, "title": f"torch {TORCH}", "aliases": []}]
    assert 'window.location.replace(\n      "latest/"' in git(deployed_repo, "show", "gh-pages:index.html")


def test_each_version_states_its_torch_and_shows_what_that_torch_printed(deployed_repo):
    import compat
    for minor in PUBLISHED:
        page = git(deployed_repo, "show", f"gh-pages:{minor}/en/no_grad/index.html")
        assert f'data-torch-version="{compat.MINORS[minor]}"' in page, minor
        assert "Same output on torch" in page


def test_both_languages_are_under_the_version_and_the_alias(deployed_repo):
    files = published(deployed_repo)
    for prefix in [*PUBLISHED, "latest"]:
        for page in ["index.html", "en/index.html", "no_grad/index.html", "en/no_grad/index.html",
                     "404.html", "en/404.html", "measurements/measurements.ipynb"]:
            assert f"{prefix}/{page}" in files


def test_latest_is_a_copy_not_a_symlink(deployed_repo):
    listing = git(deployed_repo, "ls-tree", "gh-pages", "latest")
    assert listing.startswith("040000 tree"), listing  # a symlink would be mode 120000


def test_deploying_again_changes_nothing(deployed_repo):
    before = git(deployed_repo, "rev-parse", "gh-pages")
    deploy(deployed_repo, PUBLISHED[-1:])  # the newest: its version, the `latest` copy and the default
    assert git(deployed_repo, "rev-parse", "gh-pages") == before


def test_language_links_are_relative_and_lead_to_a_published_page(deployed_repo):
    files, wrong = published(deployed_repo), []
    for path in sorted(files):
        if path.endswith(".html") and not path.endswith("404.html"):  # a 404 page is served at any address
            html = git(deployed_repo, "show", f"gh-pages:{path}")
            for href in re.findall(r'<a href="([^"]*)" hreflang=', html):
                target = posixpath.normpath(posixpath.join(posixpath.dirname(path), href))
                if href.startswith(("/", "http")) or f"{target}/index.html" not in files:
                    wrong.append(f"{path}: {href}")
    assert wrong == []


# --- The offline copy of each version (.ci/deploy, hooks/offline.py) ---------------------------
# Deploying it again changes nothing (test_deploying_again_changes_nothing): its zip is reproducible.

def archive(minor: str) -> str:
    return f"download/gradient-modes-{minor}-offline.zip"


def test_each_version_publishes_its_offline_copy_with_its_own_outputs(deployed_repo):
    import compat
    files = published(deployed_repo)
    for prefix, minor in [*((m, m) for m in PUBLISHED), ("latest", PUBLISHED[-1])]:
        assert f"{prefix}/{archive(minor)}" in files, prefix
        data = subprocess.run(["git", "show", f"gh-pages:{prefix}/{archive(minor)}"], cwd=deployed_repo,
                              check=True, capture_output=True).stdout
        with zipfile.ZipFile(io.BytesIO(data)) as zip:
            names = set(zip.namelist())
            folder = f"gradient-modes-{minor}/"
            for page in ["index.html", "en/index.html", "no_grad.html", "en/no_grad.html", "search/es.js", "search/en.js"]:
                assert folder + page in names, (prefix, page)
            page = zip.read(folder + "en/no_grad.html").decode()
            assert f'data-torch-version="{compat.MINORS[minor]}"' in page, minor
            assert "data-offline-archive" not in page  # the copy does not link to itself
            assert not any(name.endswith(("versions.json", ".zip")) for name in names)


def test_every_page_of_a_version_links_to_its_offline_copy_in_both_languages(deployed_repo):
    files, wrong = published(deployed_repo), []
    text = {"es": "Descargar esta versión para leerla sin conexión (.zip)",
            "en": "Download this version for offline reading (.zip)"}
    for path in sorted(files):
        prefix = path.split("/")[0]
        if prefix not in ["latest", *PUBLISHED] or not path.endswith(".html") or path.endswith("404.html"):
            continue  # a 404 page is served at any address: its relative links do not hold
        minor = PUBLISHED[-1] if prefix == "latest" else prefix
        html = git(deployed_repo, "show", f"gh-pages:{path}")
        # hooks/csp.py writes each page out through the HTML parser: `download=""`.
        link = re.search(r'<a href="([^"]*)" download="" data-offline-archive="">([^<]*)</a>', html)
        language = "en" if path.startswith(f"{prefix}/en/") else "es"
        target = link and posixpath.normpath(posixpath.join(posixpath.dirname(path), link[1]))
        if not link or target != f"{prefix}/{archive(minor)}" or link[2] != text[language]:
            wrong.append(f"{path}: {link and link.group(0)}")
    assert wrong == []


# A sentence of another torch's build may name the pinned torch only when it is about that
# version: what the repository pins, what torch 2.13 changed (a deprecation and its warning),
# figures measured with it (the measurements are made with one torch), or the list of published versions.
ABOUT_THE_PIN = re.compile(r"pin|fij|publish|publicad|deprecat|obsolet|FutureWarning|compute_bucket_size_limits|measur|medid|mide", re.I)


def test_another_torchs_build_names_its_own_torch_in_its_prose(deployed_repo):
    """hooks/macros.py: prose takes {{ torch }} from the build, not the pin written by hand."""
    from selectolax.lexbor import LexborHTMLParser

    import page_model
    other = next(minor for minor in PUBLISHED if minor != TORCH)
    pinned = re.compile(rf"(?<![\d.–-]){re.escape(TORCH)}(?:\.\d+)?(?![\d–-])")
    wrong = []
    for path in sorted(published(deployed_repo)):
        if not (path.startswith(f"{other}/") and path.endswith("index.html")):
            continue
        tree = LexborHTMLParser(git(deployed_repo, "show", f"gh-pages:{path}"))
        content = tree.css_first("article")
        if content is None:
            continue
        for node in content.css("pre, .compat, table, .jupyter-wrapper"):  # code, torch notes, the matrix, the notebook
            node.decompose()
        for sentence in re.split(r"(?<=[.:;])\s+", " ".join(content.text(separator=" ").split())):
            if pinned.search(sentence) and not ABOUT_THE_PIN.search(sentence):
                wrong.append(f"{path}: {sentence}")
    assert page_model.shown_torch(other) in git(deployed_repo, "show", f"gh-pages:{other}/en/index.html")
    assert not wrong, f"the torch {other} build names the pinned torch {TORCH} in prose:\n" + "\n".join(wrong)
