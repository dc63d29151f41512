"""CLI consistency: one name for Markdown, paths default to ., missing files, completion."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from tools_helpers import EXAMPLES, VENV_BIN

EN = next(p for p in EXAMPLES if p.name.endswith(".en.yaml"))


@pytest.mark.parametrize("name", ["md", "markdown"])
def test_diff_and_render_take_both_markdown_names(run, name: str) -> None:
    shown = run("diff", "--format", name, str(EN), str(EN))
    assert shown.exit_code == 0 and "No changes." in shown.stdout
    rendered = run("render", str(EN), "--format", name, "-o", "-")
    assert rendered.exit_code == 0 and rendered.stdout.startswith("# BrightBox")


def test_render_markdown_name_writes_the_same_file(run, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    assert run("render", str(EN), "-f", "md", "-o", str(a)).exit_code == 0
    assert run("render", str(EN), "-f", "markdown", "-o", str(b)).exit_code == 0
    assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["validate", "lint", "fmt"])
def test_paths_default_to_the_current_folder(run, tmp_path, monkeypatch, command) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "bad.yaml").write_text("relcanvas: 1\ntitel: x\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run(command)
    assert result.exit_code == 1, result.output
    assert "sub/bad.yaml:2:1: RC011" in result.output


def test_validate_in_an_empty_folder_warns(run, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("validate")
    assert result.exit_code == 0
    assert "no canvas found" in result.stderr


def test_diff_with_a_missing_file_says_so(run, tmp_path: Path) -> None:
    result = run("diff", "--lang", "en", str(tmp_path / "old.yaml"), str(EN))
    assert result.exit_code == 2
    assert result.stderr == f"relcanvas: error: {tmp_path / 'old.yaml'}: no such file\n"
    assert "revision" not in result.stderr
    missing_new = run("diff", str(EN), str(tmp_path / "new.yaml"))
    assert missing_new.exit_code == 2 and "no such file" in missing_new.stderr


def test_diff_still_reads_a_revision(run, tmp_path: Path, monkeypatch) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "none"))
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env.update(GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    canvas = tmp_path / "canvas.yaml"
    shutil.copyfile(EN, canvas)
    for step in (["init", "-q"], ["add", "."], ["commit", "-qm", "one"]):
        subprocess.run(["git", *step], cwd=tmp_path, check=True, env=env, capture_output=True)
    result = run("diff", "HEAD", str(canvas))
    assert result.exit_code == 0, result.output
    assert "No changes" in result.stdout or "no changes" in result.stdout


def test_shell_completion_is_offered_and_completes() -> None:
    exe = VENV_BIN / "relcanvas"
    env = {
        **os.environ,
        "_RELCANVAS_COMPLETE": "complete_bash",
        "COMP_WORDS": "relcanvas render x.yaml --paper ",
        "COMP_CWORD": "4",
    }
    done = subprocess.run([str(exe)], env=env, capture_output=True, text=True, check=False)
    assert done.stdout.split() == ["a4", "a3", "a2", "a1", "a0", "letter", "tabloid"]
    env.update(COMP_WORDS="relcanvas fm", COMP_CWORD="1")
    done = subprocess.run([str(exe)], env=env, capture_output=True, text=True, check=False)
    assert done.stdout.split() == ["fmt"]


def test_help_lists_the_completion_options(run) -> None:
    shown = run("--help")
    assert "--install-completion" in shown.stdout and "--show-completion" in shown.stdout


def test_the_cli_choices_come_from_the_library() -> None:
    """--paper, --format, --fail-on and --lang list what the library declares, nothing copied."""
    from relcanvas import formats
    from relcanvas.cli.check import ReportFormat
    from relcanvas.cli.common import Lang
    from relcanvas.cli.diff import DiffFormat
    from relcanvas.cli.history import LogFormat
    from relcanvas.cli.lint import FailOn
    from relcanvas.cli.render import Paper, RenderFormat
    from relcanvas.i18n import LANGUAGES
    from relcanvas.lint.rule import Severity

    assert [p.value for p in Paper] == list(formats.PAPERS)
    assert [f.value for f in RenderFormat] == list(formats.RENDER_FORMATS)
    assert [f.value for f in DiffFormat] == list(formats.DIFF_FORMATS)
    assert [f.value for f in LogFormat] == list(formats.LOG_FORMATS)
    assert [f.value for f in ReportFormat] == list(formats.VALIDATE_FORMATS)
    assert [s.value for s in FailOn] == [s.value for s in Severity]
    assert [lang.value for lang in Lang] == list(LANGUAGES)
