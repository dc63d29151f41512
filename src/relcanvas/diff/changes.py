"""The changes of a diff as data: what the reports and the log read."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

from relcanvas.diff.normal import BLOCK_ORDER, METADATA
from relcanvas.model import Canvas

Kind = Literal["added", "removed", "changed", "renamed"]


@dataclass(frozen=True, kw_only=True)
class Change:
    """One difference: an entry added, removed or renamed, or one field of an entry changed."""

    block: str
    kind: Kind
    key: str | None = None
    """The entry's identity (its id, segment, name...); None for the file's own fields."""
    field: str | None = None
    old: Any = None
    new: Any = None
    added: tuple[Any, ...] | None = None
    removed: tuple[Any, ...] | None = None
    direction: Literal["increase", "decrease"] | None = None
    old_key: str | None = None
    """For a rename: the entry's identity in the old file."""
    references: tuple[tuple[str, str], ...] = ()
    """For a rename: the (block, key) entries whose reference followed the new id."""
    entry: Any = dataclasses.field(default=None, compare=False, repr=False)
    """The model of the entry (the new one, or the old one when removed), for labels."""
    before: Any = dataclasses.field(default=None, compare=False, repr=False)
    """For a rename: the old model."""
    followers: tuple[Any, ...] = dataclasses.field(default=(), compare=False, repr=False)
    """For a rename: the models of :attr:`references`, for labels."""


@dataclass
class Diff:
    """All the changes between two canvases, in report order."""

    old: Canvas
    new: Canvas
    changes: list[Change]

    def __bool__(self) -> bool:
        return bool(self.changes)

    def blocks(self) -> list[str]:
        present = {c.block for c in self.changes}
        return [b for b in BLOCK_ORDER if b in present]

    def in_block(self, block: str) -> list[Change]:
        return [c for c in self.changes if c.block == block]

    def counts(self, block: str) -> dict[str, int]:
        """Entries added, removed, renamed and changed (an entry counts once per kind)."""
        found: dict[str, set[str | None]] = {k: set() for k in ("added", "removed", "renamed")}
        changed: set[tuple[str | None, str | None]] = set()
        for c in self.in_block(block):
            if c.kind == "changed":
                changed.add((c.key, c.field) if block == METADATA else (c.key, None))
            else:
                found[c.kind].add(c.key)
        return {**{k: len(v) for k, v in found.items()}, "changed": len(changed)}
