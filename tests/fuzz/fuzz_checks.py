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

INPUT_SIDE_MERGED = False
"""The input side of issue 13 (loader, limits, positions: the wt-13a branch) fixes the
findings below. Until it is merged they are counted as known, not failed; then set this to
True and they fail again if any is left."""
KNOWN_CRASHES = (
    ("AttributeError", "'NoneType' object has no attribute 'groupdict'"),  # !!timestamp x
    ("ValueError", "Exceeds the limit (4300 digits)"),  # an integer of over 4,300 digits
)
"""(exception type, message): tracebacks the loader lets out today."""


class KnownInputSide(Exception):
    """A finding the input side of issue 13 fixes (see :data:`INPUT_SIDE_MERGED`)."""


def check_no_traceback(output: str) -> None:
    """No traceback in a subprocess's output, but the known ones until they are fixed."""
    if "Traceback (most recent call last)" not in output:
        return
    last = output.rstrip().splitlines()[-1]
    if not INPUT_SIDE_MERGED and any(last.startswith(f"{k[0]}: {k[1]}") for k in KNOWN_CRASHES):
        raise KnownInputSide(last.split(":")[0])
    raise AssertionError(output[-3000:])


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

        known = (type(result.exception).__name__, str(result.exception))
        if not INPUT_SIDE_MERGED and any(
            k[0] == known[0] and k[1] in known[1] for k in KNOWN_CRASHES
        ):
            raise KnownInputSide(known[0])
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


OTHER_BREAKS = re.compile(rb"\r(?!\n)|\xc2\x85|\xe2\x80[\xa8\xa9]")
"""CR alone, NEL, LINE and PARAGRAPH SEPARATOR in UTF-8: the loader counts them as line
breaks (YAML 1.1 does), ``grep -n`` does not; the input side of issue 13 fixes that."""


def check_positions(command: str, output: str, file: Path, data: bytes) -> None:
    try:
        _check_positions(command, output, file, data)
    except AssertionError:
        if INPUT_SIDE_MERGED:
            raise
        if OTHER_BREAKS.search(data):
            raise KnownInputSide("CR, NEL or LS in the file counted as a line break") from None
        if READER_ERROR in output:
            raise KnownInputSide("reader error placed by byte offset, not character") from None
        raise


READER_ERROR = "is not allowed in YAML"
"""A character YAML refuses: the loader places it by byte offset (after non-ASCII text the
column is too far right; after a BOM in the middle, even the line)."""


def _check_positions(command: str, output: str, file: Path, data: bytes) -> None:
    lines = data.split(b"\n")
    last = grep_lines(data)
    for line, column in positions(command, output, file):
        if not INPUT_SIDE_MERGED and (line, column) == (last + 1, 1):
            raise KnownInputSide("end of file placed on the line after the last")
        assert 1 <= line <= last, f"line {line} outside 1..{last}: {output[-1500:]}"
        width = len(lines[line - 1]) if line <= len(lines) else 0
        assert 1 <= column <= width + 1, f"{line}:{column} past the line's end: {output[-1500:]}"
