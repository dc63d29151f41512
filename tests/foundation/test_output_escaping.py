"""Hostile names in a canvas never reach a terminal, a CI log or Markdown as anything but text.

Each test writes a canvas whose names carry terminal escapes, carriage returns, new lines that
start a fake ``path:line:col`` or a GitHub workflow command, bidi overrides and Markdown, then
runs the CLI on it and reads what it printed.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from relcanvas import escape
from relcanvas.cli import app

EXAMPLE = Path(__file__).parents[2] / "examples" / "brightbox-b2c.en.yaml"
HOSTILE = "Evil\x1b[31mRED\x07\r\n::error file=a.yaml,line=1::pwned\u2028x\u202e\x85\x9b"
MARKDOWN = "@octocat #123 [x](http://e.com) www.e.com *em* <b>b</b> `c` | ~s~ &amp; $x$"
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""What may never be printed (a new line ends our own lines only)."""

runner = CliRunner()


def _canvases(tmp_path: Path, name: str = HOSTILE) -> tuple[Path, Path]:
    """The example, and a copy with a renamed segment and touchpoint and an added one."""
    data: Any = yaml.safe_load(EXAMPLE.read_text("utf-8"))
    old = tmp_path / "old.yaml"
    old.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    data["segments"][0]["name"] = name
    data["touchpoints"][0]["name"] = "TP " + name
    data["touchpoints"].append(
        {"id": "hostile", "name": name, "phase": "pre_sale", "channel": "social"}
    )
    data["x-note" + name] = name
    new = tmp_path / "new.yaml"
    new.write_text(yaml.safe_dump(data, allow_unicode=False), "utf-8")
    return old, new


def _cli(*args: str) -> str:
    result = runner.invoke(app, list(args), env={"NO_COLOR": "1"})
    assert result.exit_code in (0, 1), result.output
    return result.output


def _assert_inert(output: str) -> None:
    assert not UNSAFE.findall(output)
    assert not [line for line in output.splitlines() if line.lstrip().startswith("::")]
    assert not [line for line in output.splitlines() if line.startswith("pwned")]


def test_plain_writes_controls_out_and_defuses_workflow_commands() -> None:
    assert escape.plain("a\x1b[1m\r\n\u2028\u202e\x85\ud800") == (
        "a\\x1b[1m\\x0d\\x0a\\u2028\\u202e\\x85\\ud800"
    )
    assert escape.plain("::error::x") == "\\x3a:error::x"
    assert escape.plain("  ::warning::x") == "  \\x3a:warning::x"
    assert escape.plain("Café: a::b") == "Café: a::b"


def test_markdown_keeps_text_as_written() -> None:
    assert escape.markdown("@bob #12 *x* [l](u)\n- item") == (
        "@\u2060bob #\u2060" + "12 \\*x\\* \\[l\\](u) - item"
    )
    assert escape.code_span("a`b") == "``a`b``"
    assert escape.code_span("`x") == "`` `x ``"


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_diff_prints_hostile_names_escaped(tmp_path: Path, fmt: str) -> None:
    old, new = _canvases(tmp_path)
    output = _cli("diff", "--format", fmt, str(old), str(new))
    _assert_inert(output)
    assert "Evil\\x1b[31mRED\\x07" in output.replace("\\\\", "\\").replace("\\[", "[")


def test_diff_text_names_the_files_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "::error file=x::y\x1b"
    folder.mkdir()
    old, new = _canvases(folder)
    first = _cli("diff", str(old), str(new)).splitlines()[0]
    assert first == f"{escape.plain(str(old))} -> {escape.plain(str(new))}"
    assert "\x1b" not in first


def test_diff_markdown_has_no_structure_from_the_canvas(tmp_path: Path) -> None:
    old, new = _canvases(tmp_path, MARKDOWN)
    output = _cli("diff", "--format", "markdown", str(old), str(new))
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    inline = [t for block in md.parse(output) for t in block.children or []]
    kinds = [t.type for t in inline]
    assert "link_open" not in kinds
    assert "html_inline" not in kinds
    assert "em_open" not in kinds
    assert "s_open" not in kinds
    assert kinds.count("code_inline") == 2  # the two file names
    assert kinds.count("strong_open") == output.count("- **")  # "Added", "Changed"...
    assert not re.search(r"@\w|#\d|://|www\.", output)
    assert f"@{escape.WORD_JOINER}octocat" in output


def test_lint_text_and_github_escape_hostile_names(tmp_path: Path) -> None:
    _, new = _canvases(tmp_path)
    _assert_inert(_cli("lint", str(new)))
    github = _cli("lint", "--format", "github", str(new))
    assert not UNSAFE.findall(github)
    commands = re.compile(r"::(group|endgroup|error|warning|notice)( |::)")
    assert all(commands.match(line) for line in github.splitlines())


def test_validate_escapes_keys_and_paths(tmp_path: Path) -> None:
    bad = tmp_path / "bad\x1b[2J.yaml"
    bad.write_text('relcanvas: 1\ntitle: T\n"ti\\x1btle\\n::error::x": 1\n', "utf-8")
    output = _cli("validate", str(bad))
    _assert_inert(output)
    assert output.startswith(escape.plain(str(bad)) + ":3:1: ")


def test_git_diff_driver_escapes_path_and_fallback_lines(tmp_path: Path) -> None:
    """A revision that does not load is shown as text lines: each one escaped too."""
    old, new = _canvases(tmp_path)
    broken = tmp_path / "broken.yaml"
    broken.write_text(new.read_text("utf-8") + f"\n  - {HOSTILE!r}: [\n", "utf-8")
    broken.write_bytes(broken.read_bytes() + b"\x1b[2J\r\n::error::raw\n")
    path = "::error file=x::y\x1b.canvas.yaml"
    for pair in ((old, new), (old, broken)):
        argv = [path, str(pair[0]), "0" * 40, "100644", str(pair[1]), "1" * 40, "100644"]
        done = subprocess.run(
            [sys.executable, "-m", "relcanvas", "git-diff", *argv],
            capture_output=True,
            text=True,
            timeout=60,
            env={"NO_COLOR": "1", "PATH": ""},
        )
        assert done.returncode == 0, done.stderr
        _assert_inert(done.stdout)
        assert done.stdout.startswith("diff --relcanvas a/\\x3a:error file=x::y\\x1b.canvas")
    assert "+\\x1b[2J" in done.stdout


def test_render_names_an_invalid_canvas_escaped(tmp_path: Path) -> None:
    bad = tmp_path / "::error::x\x1b[2J.yaml"
    bad.write_text("relcanvas: 1\ntitle: [\n", "utf-8")
    result = runner.invoke(app, ["render", str(bad), "-o", str(tmp_path / "out.html")])
    assert result.exit_code == 1
    _assert_inert(result.stderr)
    assert result.stderr.endswith(
        f"relcanvas: error: {escape.plain(str(bad))}: not a valid canvas\n"
    )
