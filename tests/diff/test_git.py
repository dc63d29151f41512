"""Diff with real git: revisions read with ``git show``, and the diff driver under git itself."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relcanvas.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
GIT = shutil.which("git")

pytestmark = pytest.mark.skipif(GIT is None, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "core.hooksPath=/dev/null", "-c", "core.pager=cat", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "NO_COLOR": "1", "GIT_PAGER": "cat", "PAGER": "cat"},
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with two commits of ``plans/northwind.canvas.yaml`` and the driver set."""
    root = tmp_path / "repo"
    (root / "plans").mkdir(parents=True)
    git(root, "init", "-q")
    git(root, "config", "user.name", "Test")
    git(root, "config", "user.email", "test@example.com")
    command = f"{sys.executable} -m relcanvas git-diff"
    git(root, "config", "diff.relcanvas.command", command)
    (root / ".gitattributes").write_text("*.canvas.yaml diff=relcanvas\n")
    canvas = root / "plans" / "northwind.canvas.yaml"
    shutil.copy(FIXTURES / "before.canvas.yaml", canvas)
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "autumn")
    shutil.copy(FIXTURES / "after.canvas.yaml", canvas)
    git(root, "commit", "-q", "-a", "-m", "winter")
    return root


def _semantic(out: str) -> None:
    assert "diff --relcanvas a/plans/northwind.canvas.yaml b/plans/northwind.canvas.yaml" in out
    assert "Human contact: Medium -> Low (decrease)" in out
    assert "- Partner status programme" in out
    assert "@@" not in out  # no line diff


def test_git_diff_uses_the_driver(repo: Path) -> None:
    out = git(repo, "diff", "HEAD~1", "HEAD")
    _semantic(out)


def test_git_log_patch_shows_the_semantic_diff(repo: Path) -> None:
    out = git(repo, "log", "-p", "--ext-diff", "--format=commit %s")
    _semantic(out.split("commit autumn")[0])
    # The first commit creates the file: every entry is shown as added.
    first = out.split("commit autumn")[1]
    assert "+ Partner status programme" in first


def test_working_copy_change_and_unloadable_revision_fall_back_to_lines(repo: Path) -> None:
    canvas = repo / "plans" / "northwind.canvas.yaml"
    canvas.write_text(canvas.read_text() + "  - {name: broken\n")
    out = git(repo, "diff")
    assert "plans/northwind.canvas.yaml:" in out and "RC002" in out
    assert "+  - {name: broken" in out


def test_diff_rev_path_from_a_subdirectory(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "plans")
    runner = CliRunner()
    result = runner.invoke(app, ["diff", "HEAD~1", "northwind.canvas.yaml", "--exit-code"])
    assert result.exit_code == 1, result.output
    assert "HEAD~1:northwind.canvas.yaml -> northwind.canvas.yaml" in result.stdout
    assert "Frequency: Yearly -> Twice a year" in result.stdout
    same = runner.invoke(app, ["diff", "HEAD", "northwind.canvas.yaml", "--exit-code"])
    assert same.exit_code == 0
    assert "no changes" in same.stdout
    nowhere = runner.invoke(app, ["diff", "HEAD~1", "HEAD", "nowhere/northwind.canvas.yaml"])
    assert nowhere.exit_code == 2
    assert "does not exist" in nowhere.stderr
    both = runner.invoke(app, ["diff", "HEAD~1", "HEAD", "northwind.canvas.yaml", "--stat"])
    assert both.exit_code == 0
    assert both.stdout.splitlines()[-1].startswith("Total")


def test_git_errors_are_one_line_and_exit_2(repo: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    canvas = str(repo / "plans" / "northwind.canvas.yaml")
    unknown = runner.invoke(app, ["diff", "no-such-rev", canvas])
    assert unknown.exit_code == 2
    assert unknown.stderr == "relcanvas: error: unknown revision 'no-such-rev'\n"
    outside = tmp_path / "alone.canvas.yaml"
    shutil.copy(FIXTURES / "before.canvas.yaml", outside)
    lonely = runner.invoke(app, ["diff", "HEAD", str(outside)])
    assert lonely.exit_code == 2
    assert "not inside a git repository" in lonely.stderr
    missing = runner.invoke(app, ["diff", "HEAD~1", str(repo / "plans" / "new.canvas.yaml")])
    assert missing.exit_code == 2
    assert "not in revision 'HEAD~1'" in missing.stderr
