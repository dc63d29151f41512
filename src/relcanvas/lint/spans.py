"""Where a finding stands beyond its start: the end of the text it points at, and the entry
it is about, named so that the name survives unrelated edits.

Code scanning needs both. The end lets a viewer underline the value (SARIF ``endLine`` and
``endColumn``); it is given only where it is cheap and certain: a key or a scalar written
on one line, checked against the file's own text. The entry's identity (``touchpoints[phone]
.channel``) names list items by their id or name rather than by index or line, so that a
fingerprint made from it does not move when lines or entries are inserted above.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Literal

from relcanvas.diagnostics import Position
from relcanvas.model import Path

if TYPE_CHECKING:
    from relcanvas.lint.engine import Finding

_AFTER_PLAIN = frozenset(" \t#,]}")
"""What may follow a plain scalar on its line (or the line's end)."""
_AFTER_KEY = frozenset(" \t:")
"""What may follow a plain key: the colon, or blanks before it."""


def pointer(data: Any, path: Path) -> str:
    """The path as ``block[id].field``: list items by id, else name, else index."""
    parts: list[str] = []
    node = data
    for step in path:
        if isinstance(step, int):
            item = node[step] if isinstance(node, list) and step < len(node) else None
            parts.append(f"[{_identity(item, step)}]")
            node = item
        else:
            parts.append(f".{step}" if parts else str(step))
            node = node.get(step) if isinstance(node, dict) else None
    return "".join(parts)


def _identity(item: Any, index: int) -> str:
    if isinstance(item, dict):
        for key in ("id", "name"):
            value = item.get(key)
            if isinstance(value, str | int) and str(value):
                return str(value)
    return str(index)


class Spans:
    """Ends and entry names for one file's findings; its lines are split on first use."""

    def __init__(self, text: str, data: Any) -> None:
        self._text = text
        self._data = data
        self._lines: list[str] | None = None

    def end(self, start: Position, path: Path, at: Literal["value", "key"]) -> Position | None:
        """The position just after the key or scalar at ``start``, or None when unsure."""
        if not path:
            return None
        token = path[-1] if at == "key" else _value_at(self._data, path)
        if isinstance(token, bool) or not isinstance(token, str | int) or token == "":
            return None
        written = str(token)
        if "\n" in written:
            return None
        if self._lines is None:
            self._lines = self._text.split("\n")
        if not 0 < start.line <= len(self._lines):
            return None
        rest = self._lines[start.line - 1][start.column - 1 :]
        length = _written_length(rest, written, _AFTER_KEY if at == "key" else _AFTER_PLAIN)
        return None if length is None else Position(start.line, start.column + length)

    def locate(self, finding: Finding, path: Path, at: Literal["value", "key"]) -> Finding:
        """The finding with its end (when known) and its entry's identity filled in."""
        end = self.end(Position(finding.line, finding.column), path, at)
        return dataclasses.replace(
            finding,
            end_line=end.line if end else None,
            end_column=end.column if end else None,
            entry=pointer(self._data, path),
        )


def _value_at(data: Any, path: Path) -> Any:
    node = data
    for step in path:
        if isinstance(step, int):
            if not isinstance(node, list) or step >= len(node):
                return None
            node = node[step]
        elif isinstance(node, dict):
            node = node.get(step)
        else:
            return None
    return node


def _written_length(rest: str, value: str, after_plain: frozenset[str]) -> int | None:
    """How many characters ``value`` takes at the start of ``rest``, plain or quoted."""
    if rest[:1] in ("'", '"'):
        quote = rest[0]
        if quote in value or "\\" in value:
            return None  # escapes or doubled quotes: the written form is not the value
        closed = rest[1 : len(value) + 2]
        return len(value) + 2 if closed == value + quote else None
    if not rest.startswith(value):
        return None
    after = rest[len(value) : len(value) + 1]
    return len(value) if after == "" or after in after_plain else None
