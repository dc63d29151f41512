"""Inline suppressions: YAML comments that accept a finding where it stands.

Two forms, codes comma-separated (codes, prefixes such as ``RC7xx``, slugs or aliases)::

    channel: phone  # relcanvas: ignore[RC201, too-many-channels]
    # relcanvas: ignore-file[RC7xx]

**Which findings an ``ignore`` covers.** The comment has a *target line*: its own line when
it follows YAML on that line, otherwise the next line that is not blank-free of content
(comment-only lines in between are skipped, so several suppressions can be stacked; a blank
line ends the search). A finding is covered when one of the rules named matches its code,
and either the finding is on the target line, or the target line is the first line of an
entry the finding belongs to (a list item on the finding's path, such as the touchpoint
whose ``channel`` is flagged). So the comment can sit at the end of the line or above it,
of the flagged line or of its entry's first line.

**ignore-file** anywhere in the file covers every finding of the rules it names.

Only text after a ``#`` that starts a YAML comment counts: ``#`` inside quoted or block
scalars is found by PyYAML's scanner and skipped. A suppression that covers no finding of a
rule that is enabled for the file is reported (RC017), as is one the engine cannot read
(RC018). The file's loader problems (RC001-RC016) cannot be suppressed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import yaml

from relcanvas.diagnostics import Position
from relcanvas.i18n import Message, msg
from relcanvas.lint.config import ConfigError, resolve
from relcanvas.positions import LineIndex

_DIRECTIVE = re.compile(r"#\s*relcanvas\s*:(?P<rest>.*)$")
_ANY_DIRECTIVE = re.compile(r"#\s*relcanvas\s*:")
"""Every suppression, well-formed or not, matches this: a file without it has none, and is
spared the second YAML scan (a third of the time of linting a file)."""
_FORM = re.compile(r"\s*(?P<kind>ignore-file|ignore)\s*\[(?P<codes>[^\]]*)\]\s*(?:#.*)?$")


@dataclass
class Suppression:
    """One comment: where it is, what it names, and what it has covered so far."""

    line: int
    column: int
    file_wide: bool
    target: int
    names: tuple[str, ...]
    codes: dict[str, frozenset[str]]
    """name as written -> the codes it stands for."""
    used: set[str] = field(default_factory=set)
    """Names that covered at least one finding."""


@dataclass(frozen=True)
class Malformed:
    """A ``# relcanvas:`` comment that could not be read, with why."""

    line: int
    column: int
    message: Message


def scan(text: str) -> tuple[list[Suppression], list[Malformed]]:
    """Every suppression comment of a YAML text, in order."""
    if _ANY_DIRECTIVE.search(text) is None:
        return [], []
    lines = text.split("\n")
    inside = _scalar_spans(text, lines)
    found: list[Suppression] = []
    bad: list[Malformed] = []
    for number, line in enumerate(lines, start=1):
        hash_at = _comment_start(line, inside.get(number, []))
        if hash_at is None:
            continue
        match = _DIRECTIVE.match(line, hash_at)
        if not match:
            continue
        column = hash_at + 1
        form = _FORM.match(match["rest"])
        if not form:
            bad.append(
                Malformed(
                    number,
                    column,
                    msg("lint.bad_suppression"),
                )
            )
            continue
        names = tuple(n.strip() for n in form["codes"].split(",") if n.strip())
        if not names:
            bad.append(Malformed(number, column, msg("lint.empty_suppression")))
            continue
        codes: dict[str, frozenset[str]] = {}
        for name in names:
            try:
                codes[name] = resolve(name)
            except ConfigError as exc:
                problem = Message(
                    "suppression." + exc.message.key.split(".", 1)[1], exc.message.params
                )
                bad.append(Malformed(number, column, problem))
        if not codes:
            continue
        trailing = bool(line[:hash_at].strip())
        target = number if trailing else _next_content_line(lines, number)
        found.append(
            Suppression(
                number,
                column,
                form["kind"] == "ignore-file",
                target,
                tuple(codes),
                codes,
            )
        )
    return found, bad


def _next_content_line(lines: list[str], number: int) -> int:
    for later in range(number + 1, len(lines) + 1):
        content = lines[later - 1].strip()
        if not content:
            return 0
        if not content.startswith("#"):
            return later
    return 0


def _comment_start(line: str, spans: list[tuple[int, int]]) -> int | None:
    """Index of the ``#`` that opens a comment on this line, outside any scalar."""
    start = 0
    while True:
        at = line.find("#", start)
        if at < 0:
            return None
        in_scalar = any(lo <= at < hi for lo, hi in spans)
        if not in_scalar and (at == 0 or line[at - 1] in " \t"):
            return at
        start = at + 1


def _scalar_spans(text: str, lines: list[str]) -> dict[int, list[tuple[int, int]]]:
    """Column ranges covered by scalars, per 1-based line (PyYAML's scanner finds them).

    When the text does not scan (a YAML error), the scan stops there; after that point,
    quoted strings are followed by hand on each line, which is right for one-line scalars.
    """
    spans: dict[int, list[tuple[int, int]]] = {}
    stopped_at = 0
    index = LineIndex(text)  # libyaml also ends lines at CR, NEL, U+2028: count as the loader
    loader = yaml.CSafeLoader(text)
    try:
        while True:
            token = loader.get_token()
            if token is None or isinstance(token, yaml.StreamEndToken):
                stopped_at = len(lines) + 1
                break
            start, end = index.mark(token.start_mark), index.mark(token.end_mark)
            if isinstance(token, yaml.ScalarToken):
                _add_span(spans, lines, start, end)
            stopped_at = end.line
    except yaml.YAMLError:
        pass
    finally:
        loader.dispose()
    for number in range(max(stopped_at, 1), len(lines) + 1):
        spans.setdefault(number, []).extend(_quoted(lines[number - 1]))
    return spans


def _add_span(
    spans: dict[int, list[tuple[int, int]]], lines: list[str], start: Position, end: Position
) -> None:
    first, last = start.line - 1, end.line - 1
    for index in range(first, min(last, len(lines) - 1) + 1):
        lo = start.column - 1 if index == first else 0
        hi = end.column - 1 if index == last else len(lines[index])
        if index != first and index != last:
            hi = len(lines[index])
        spans.setdefault(index + 1, []).append((lo, hi))


def _quoted(line: str) -> Iterable[tuple[int, int]]:
    quote, opened = "", 0
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                yield opened, index + 1
                quote = ""
        elif char in "'\"":
            quote, opened = char, index
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return
    if quote:
        yield opened, len(line)
