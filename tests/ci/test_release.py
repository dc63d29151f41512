"""``make release``: the version in src/relcanvas/_version.py, CHANGELOG.md's newest section
and the tag at HEAD agree, or it says which does not; and every version tag the docs name is
this one."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = re.search(
    r'^VERSION = "([^"]+)"$', (ROOT / "src/relcanvas/_version.py").read_text("utf-8"), re.M
)[1]  # type: ignore[index]
GIT = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "tag.gpgSign=false"]

CHANGELOG = """# Changelog

## [{new}] - 2026-12-04

### Added

- Something.

## [0.1.0] - 2026-11-24

### Added

- The first version.
"""


def checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "check_release", ROOT / "scripts/check_release.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A repository with the real Makefile and script, at version 0.3.0, committed."""
    repo = tmp_path / "project"
    (repo / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "Makefile", repo / "Makefile")
    shutil.copy(ROOT / "scripts" / "check_release.py", repo / "scripts" / "check_release.py")
    (repo / "src" / "relcanvas").mkdir(parents=True)
    (repo / "src" / "relcanvas" / "_version.py").write_text('VERSION = "0.3.0"\n')
    (repo / "CHANGELOG.md").write_text(CHANGELOG.format(new="0.3.0"))
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run([*GIT, "add", "."], cwd=repo, check=True)
    subprocess.run([*GIT, "commit", "-qm", "release"], cwd=repo, check=True)
    return repo


def release(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", "release", f"PYTHON={sys.executable}"],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=60,
    )


def tag(repo: Path, name: str) -> None:
    subprocess.run([*GIT, "tag", "-a", name, "-m", name], cwd=repo, check=True)


def test_agreeing_version_changelog_and_tag(project: Path) -> None:
    tag(project, "v0.3.0")
    done = release(project)
    assert done.returncode == 0, done.stderr
    assert "Publish it with: git push origin v0.3.0" in done.stdout
    remotes = subprocess.run(["git", "remote"], cwd=project, capture_output=True, text=True)
    assert remotes.stdout == ""  # nothing to push to, and nothing was pushed


def test_untagged_head_says_how_to_tag(project: Path) -> None:
    done = release(project)
    assert done.returncode != 0
    assert "release: error: HEAD has no tag v0.3.0: git tag -a v0.3.0" in done.stderr


def test_a_tag_for_another_version(project: Path) -> None:
    tag(project, "v0.2.9")
    done = release(project)
    assert done.returncode != 0
    assert "HEAD is tagged v0.2.9, but src/relcanvas/_version.py declares 0.3.0" in done.stderr


def test_the_tag_on_an_older_commit(project: Path) -> None:
    tag(project, "v0.3.0")
    (project / "later.txt").write_text("x")
    subprocess.run([*GIT, "add", "."], cwd=project, check=True)
    subprocess.run([*GIT, "commit", "-qm", "later"], cwd=project, check=True)
    done = release(project)
    assert done.returncode != 0 and "tag v0.3.0 exists but is not on HEAD" in done.stderr


@pytest.mark.parametrize(
    ("changelog", "message"),
    [
        (
            CHANGELOG.format(new="0.2.9"),
            "newest section is [0.2.9], but src/relcanvas/_version.py declares",
        ),
        (
            "## [Unreleased]\n\n- x\n\n" + CHANGELOG.format(new="0.3.0"),
            "newest section is [Unreleased]",
        ),
        (CHANGELOG.format(new="0.3.0").replace(" - 2026-12-04", ""), "heading needs its date"),
        ("# Changelog\n", "no '## [X.Y.Z] - YYYY-MM-DD' section"),
    ],
)
def test_a_changelog_that_disagrees(project: Path, changelog: str, message: str) -> None:
    (project / "CHANGELOG.md").write_text(changelog)
    subprocess.run([*GIT, "commit", "-qam", "changelog"], cwd=project, check=True)
    tag(project, "v0.3.0")
    done = release(project)
    assert done.returncode != 0 and message in done.stderr, done.stderr


def test_uncommitted_changes(project: Path) -> None:
    tag(project, "v0.3.0")
    (project / "CHANGELOG.md").write_text(CHANGELOG.format(new="0.3.0") + "\n- more\n")
    done = release(project)
    assert done.returncode != 0 and "uncommitted changes" in done.stderr


def test_this_repository_s_changelog_matches_its_version() -> None:
    assert checker().changelog_problems(ROOT, VERSION) == []


def test_every_version_the_docs_name_is_this_one() -> None:
    """Install lines, the action's @tag and pre-commit's rev: a version bump must update
    them all (the tag test above then holds the tag to the same version)."""
    files = [ROOT / "README.md", ROOT / "docs" / "ci.md", ROOT / ".pre-commit-hooks.yaml"]
    files += sorted((ROOT / "docs" / "examples").rglob("*.yml"))
    named = re.compile(r"(?:@|rev: )v(\d+\.\d+\.\d+)|relcanvas-(\d+\.\d+\.\d+)-py3")
    found = {(f.name, "".join(m)) for f in files for m in named.findall(f.read_text("utf-8"))}
    assert found, "the docs name a version"
    assert {version for _, version in found} == {VERSION}, sorted(found)
