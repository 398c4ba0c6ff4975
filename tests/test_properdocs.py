"""The site builds unchanged with ProperDocs, the MkDocs 1.6 fork (README, "When Material
reaches end of life"), and gives the same files as MkDocs, byte for byte, but for the
generator tag.

It builds a copy of the site (guide.copy_site, its own notebook cache) and compares it with
the suite's MkDocs build (`built_site`).

ProperDocs is NOT in requirements.txt on purpose: mike 2.2.0 builds with `properdocs`
instead of `mkdocs` as soon as the package `properdocs` is installed
(mike/mkdocs_utils.py), so installing it into .venv would switch .ci/deploy to ProperDocs.
This test installs the pinned wheel alone, checked against its hash as requirements.txt's
lock is (`--no-deps`: its dependencies are MkDocs 1.6.1's, all in the lock), into a
temporary folder and runs it from there with PYTHONPATH; .venv is untouched. It fails, with
pip's message, when the wheel cannot be installed (CI reaches PyPI).
"""

import os
import re
import subprocess
import sys

import pytest

import guide

# Drop-in fork of mkdocs==1.6.1; 1.6.7 is of 2026-03-20. PyPI's sha256 of its wheel and sdist.
PROPERDOCS = ("properdocs==1.6.7"
              " --hash=sha256:6fa0cfa2e01bf338f684892c8a506cf70ea88ae7f3479c933b6fa20168101cbd"
              " --hash=sha256:adc7b16e562890af0e098a7e5b02e3a81c20894a87d6a28d345c9300de73c26e")
# The one line in which the two builds differ: Material writes the builder's version there.
GENERATOR = re.compile(rb'<meta name="generator" content="mkdocs-[^"]*">')


@pytest.fixture(scope="session")
def properdocs_path(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("properdocs")
    target, requirement = folder / "lib", folder / "requirements.txt"
    requirement.write_text(PROPERDOCS + "\n")
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--require-hashes",
         "--no-deps", "--target", str(target), "-r", str(requirement)],
        capture_output=True, text=True,
    )
    assert pip.returncode == 0, f"{PROPERDOCS.split()[0]} could not be installed:\n{pip.stderr}"
    return str(target)


def files(site) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): GENERATOR.sub(b"", p.read_bytes())
            for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.mark.build
def test_properdocs_builds_the_same_site_as_mkdocs(built_site, properdocs_path, tmp_path):
    assert built_site.returncode == 0, built_site.log
    project, site = tmp_path / "project", tmp_path / "site"
    guide.copy_site(project)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [properdocs_path, os.environ.get("PYTHONPATH")]))}
    # -f: ProperDocs looks for properdocs.yml first and logs an INFO line about the old name.
    result = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml", "--site-dir", str(site)],
        cwd=project, capture_output=True, text=True, env=env,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert [line for line in log.splitlines() if line.startswith("WARNING")] == [], log
    assert b"ProperDocs" in (site / "index.html").read_bytes(), "not built by ProperDocs:\n" + log

    mkdocs, properdocs = files(built_site.site), files(site)
    assert sorted(properdocs) == sorted(mkdocs), "the two builds give different files"
    differ = [name for name in mkdocs if mkdocs[name] != properdocs[name]]
    assert differ == [], f"ProperDocs' build differs from MkDocs' in {len(differ)} files: {differ[:10]}"
