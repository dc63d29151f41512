"""Where things stand in a file, counted as ``grep -n``, GitHub and SARIF viewers count.

YAML also ends lines at a lone CR, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH
SEPARATOR (U+2029), so libyaml's line numbers drift from every other tool's on files that
hold them. Every position relcanvas reports is therefore computed here from the character
offset into the text: lines end at ``\\n`` only, and columns count characters, not bytes.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass, field
from typing import Any, Protocol

from relcanvas.diagnostics import Position
from relcanvas.model import Path

_OTHER_BREAKS = ("\r", "\x85", "\u2028", "\u2029")
"""Line ends YAML knows besides ``\n`` (a CR before LF is removed when decoding)."""


class LineIndex:
    """Character offset -> 1-based line and column, lines ending at ``\n`` only.

    When the text has no other line ends, libyaml's own line and column are right (its
    columns count characters) and no index is built; otherwise the offsets of the ``\n``
    are indexed once, in an array (8 bytes a line), on first use.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._simple = not any(brk in text for brk in _OTHER_BREAKS)
        self._starts: array[int] | None = None

    def position(self, offset: int) -> Position:
        if offset >= len(self._text):
            # The end of the file (libyaml's errors there): on the last line that grep shows.
            offset = max(len(self._text) - self._text.endswith("\n"), 0)
        starts = self._line_starts()
        line = bisect.bisect_right(starts, offset)
        return Position(line, offset - starts[line - 1] + 1)

    def mark(self, mark: Any) -> Position:
        """The position of a PyYAML mark (its ``index`` counts characters of the text)."""
        if self._simple and mark.index < len(self._text):
            return Position(mark.line + 1, mark.column + 1)
        return self.position(int(mark.index))

    def _line_starts(self) -> array[int]:
        if self._starts is None:
            starts = array("q", [0])
            starts.extend(match.end() for match in re.finditer("\n", self._text))
            self._starts = starts
        return self._starts


class Mark(Protocol):
    """A PyYAML mark: where a node starts (0-based line and column, character offset)."""

    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def index(self) -> int: ...


@dataclass
class Positions:
    """Where each key and value of the file stands, by path (``("touchpoints", 2, "name")``).

    The loader records PyYAML's marks as they are (a file has hundreds of nodes and only a
    few get a message); each becomes a :class:`Position` when it is asked for.
    """

    keys: dict[Path, Position | Mark] = field(default_factory=dict)
    values: dict[Path, Position | Mark] = field(default_factory=dict)
    index: LineIndex | None = field(default=None, repr=False, compare=False)
    """How to turn a mark into a position (None when only positions were recorded)."""

    def value(self, path: Path) -> Position:
        """Position of the value at path, or of the nearest enclosing value that exists."""
        return self._nearest(self.values, path)

    def key(self, path: Path) -> Position:
        """Position of the key that introduces path (the value's, for list items)."""
        if path in self.keys:
            return self._position(self.keys[path])
        return self.value(path)

    def _nearest(self, table: dict[Path, Position | Mark], path: Path) -> Position:
        while path:
            if path in table:
                return self._position(table[path])
            path = path[:-1]
        return self._position(table.get((), Position()))

    def _position(self, found: Position | Mark) -> Position:
        if isinstance(found, Position):
            return found
        assert self.index is not None, "marks recorded without their line index"
        return self.index.mark(found)
