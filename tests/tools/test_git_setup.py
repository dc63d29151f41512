"""``relcanvas git setup`` with real git: attributes, driver config, idempotence, init's tip."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from tools_helpers import EXAMPLES

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh repository as the current folder, with its own global config file."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "global.gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{name}_NAME", "t")
        monkeypatch.setenv(f"GIT_{name}_EMAIL", "t@example.org")
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    monkeypatch.chdir(root)
    return root


def _attr(repo: Path, *paths: str) -> list[str]:
    out = git(repo, "check-attr", "diff", "--", *paths)
    return [line.rsplit(": ", 1)[1] for line in out.splitlines()]


def test_setup_marks_every_canvas_and_configures_the_driver(run, repo: Path) -> None:
    (repo / "work").mkdir()
    shutil.copyfile(EXAMPLES[0], repo / "work" / "client A.yaml")
    (repo / "ci.yaml").write_text("on: push\n", encoding="utf-8")
    result = run("git", "setup", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert ".gitattributes: added *.canvas.yaml diff=relcanvas" in result.stdout
    assert "diff.relcanvas.command set to" in result.stdout
    assert _attr(repo, "canvas.yaml", "a/b.canvas.yaml", "work/client A.yaml", "ci.yaml") == [
        "relcanvas",
        "relcanvas",
        "relcanvas",
        "unspecified",
    ]
    command = git(repo, "config", "--local", "--get", "diff.relcanvas.command").strip()
    assert command.endswith("git-diff")


def test_setup_twice_changes_nothing(run, repo: Path) -> None:
    (repo / ".gitattributes").write_text("*.png binary", encoding="utf-8")  # no final newline
    assert run("git", "setup").exit_code == 0
    first = (repo / ".gitattributes").read_text(encoding="utf-8")
    assert first.startswith("*.png binary\n\n# relcanvas:")
    again = run("git", "setup", "--lang", "en")
    assert again.exit_code == 0
    assert (repo / ".gitattributes").read_text(encoding="utf-8") == first
    assert "already marked" in again.stdout and "already set to" in again.stdout


def test_a_users_own_command_and_patterns_are_kept(run, repo: Path) -> None:
    (repo / ".gitattributes").write_text("*.yaml diff=relcanvas\n", encoding="utf-8")
    git(repo, "config", "diff.relcanvas.command", "my-wrapper")
    result = run("git", "setup", "--lang", "en")
    assert result.exit_code == 0
    assert (repo / ".gitattributes").read_text(encoding="utf-8") == "*.yaml diff=relcanvas\n"
    assert "already set to my-wrapper, kept" in result.stdout


def test_global_writes_the_global_config(run, repo: Path, tmp_path: Path) -> None:
    result = run("git", "setup", "--global")
    assert result.exit_code == 0, result.output
    assert "git-diff" in (tmp_path / "global.gitconfig").read_text(encoding="utf-8")
    assert not git(repo, "config", "--local", "--list").count("diff.relcanvas")


def test_outside_a_repository_is_an_error(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    alone = tmp_path / "alone"
    alone.mkdir()
    monkeypatch.chdir(alone)
    result = run("git", "setup", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith("relcanvas: error: not inside a git repository")


def test_git_diff_then_shows_the_strategy(run, repo: Path) -> None:
    """End to end: after setup, plain `git diff` runs relcanvas's driver on canvas.yaml."""
    canvas = repo / "canvas.yaml"
    shutil.copyfile(next(p for p in EXAMPLES if p.name.endswith(".en.yaml")), canvas)
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "first")
    assert run("git", "setup").exit_code == 0
    text = canvas.read_text(encoding="utf-8")
    canvas.write_text(text.replace("title: BrightBox -", "title: BrightBox 2 -"), "utf-8")
    env = {**os.environ, "NO_COLOR": "1", "GIT_PAGER": "cat"}
    shown = subprocess.run(
        ["git", "diff"], cwd=repo, capture_output=True, text=True, check=True, env=env
    ).stdout
    assert shown.startswith("diff --relcanvas a/canvas.yaml b/canvas.yaml")
    assert "BrightBox 2" in shown and "@@" not in shown


def test_init_suggests_setup_once_needed(run, repo: Path) -> None:
    created = run("init", "canvas.yaml", "--lang", "en")
    assert created.exit_code == 0
    assert "tip: run 'relcanvas git setup'" in created.stderr
    assert run("git", "setup").exit_code == 0
    second = run("init", "other.canvas.yaml", "--lang", "fr")
    assert "git setup" not in second.stderr


def test_init_outside_git_says_nothing_of_it(run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    created = run("init", "canvas.yaml")
    assert created.exit_code == 0 and "git setup" not in created.stderr
