"""Running a command on a mutated canvas, and the properties every run must keep.

- the exit code is 0, 1 or 2, and nothing escaped as an exception (no traceback);
- every position reported (``path:line:col``, JSON ``line``/``column``, SARIF regions,
  GitHub ``line=``/``col=``) lies inside the file as ``grep -n`` counts lines (``\\n`` only).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from relcanvas.cli import app

runner = CliRunner()


def check_no_traceback(output: str) -> None:
    """No traceback in a subprocess's output."""
    assert "Traceback (most recent call last)" not in output, output[-3000:]


EXIT_CODES = {0, 1, 2}
GITHUB_POSITION = re.compile(r"[:,]line=(\d+),col=(\d+)")

COMMANDS: dict[str, list[str]] = {
    "validate": ["validate", "{file}"],
    "validate-json": ["validate", "--format", "json", "{file}"],
    "lint-text": ["lint", "{file}"],
    "lint-json": ["lint", "--format", "json", "{file}"],
    "lint-sarif": ["lint", "--format", "sarif", "{file}"],
    "lint-github": ["lint", "--format", "github", "{file}"],
    "diff-text": ["diff", "{base}", "{file}"],
    "diff-markdown": ["diff", "--format", "markdown", "{file}", "{base}"],
    "diff-json": ["diff", "--format", "json", "{base}", "{file}"],
    "render-html": ["render", "{file}", "-o", "-", "--format", "html"],
    "render-md": ["render", "{file}", "-o", "-", "--format", "md"],
}
"""Every format of every command that reads a canvas (not PDF: too slow for a fuzzer)."""


def grep_lines(data: bytes) -> int:
    """How many lines ``grep -n`` numbers in the file (an empty file still has a line 1)."""
    return max(1, data.count(b"\n") + (0 if data.endswith(b"\n") else 1))


def run(command: str, file: Path, base: Path) -> tuple[int, str]:
    """Run in-process; an exception that reaches the runner is a crash, shown in full."""
    argv = [a.format(file=file, base=base) for a in COMMANDS[command]]
    result = runner.invoke(app, argv, env={"NO_COLOR": "1", "COLUMNS": "100"})
    output = result.stdout + result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        trace = "".join(traceback.format_exception(result.exception))
        raise AssertionError(f"{command} crashed:\n{trace}")
    assert result.exit_code in EXIT_CODES, (command, result.exit_code, output[-2000:])
    assert "Traceback (most recent call last)" not in output, output[-2000:]
    return result.exit_code, output


def positions(command: str, output: str, file: Path) -> Iterator[tuple[int, int]]:
    """(line, column) of every position the output reports in ``file``."""
    prefix = f"{file}:"
    for line in output.splitlines():
        if line.startswith(prefix):
            found = re.match(r"(\d+):(\d+):", line[len(prefix) :])
            if found:
                yield int(found[1]), int(found[2])
        if line.startswith("::") and command == "lint-github":
            yield from ((int(a), int(b)) for a, b in GITHUB_POSITION.findall(line))
    if command in ("validate-json", "lint-json", "lint-sarif"):
        yield from _json_positions(json.loads(output[output.index("{") :]))


def _json_positions(node: Any) -> Iterator[tuple[int, int]]:
    if isinstance(node, dict):
        if "line" in node and "column" in node:
            yield node["line"], node["column"]
        if "startLine" in node:
            yield node["startLine"], node.get("startColumn", 1)
        for value in node.values():
            yield from _json_positions(value)
    elif isinstance(node, list):
        for value in node:
            yield from _json_positions(value)


def check_positions(command: str, output: str, file: Path, data: bytes) -> None:
    lines = data.split(b"\n")
    last = grep_lines(data)
    for line, column in positions(command, output, file):
        assert 1 <= line <= last, f"line {line} outside 1..{last}: {output[-1500:]}"
        width = len(lines[line - 1]) if line <= len(lines) else 0
        assert 1 <= column <= width + 1, f"{line}:{column} past the line's end: {output[-1500:]}"
