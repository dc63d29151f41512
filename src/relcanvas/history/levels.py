"""Segments followed across the history, through their renames: level moves and series.

A segment renamed at some commit is one line of descent, known by its latest id; the
changelog sums its level moves from the first version to the last, and the timeline plots
its human contact, personalisation and automation version after version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from relcanvas.history.log import Entry, History

LEVEL_FIELDS = ("value", "willingness_to_pay", "human_contact", "personalization", "automation")
CHART_FIELDS = ("human_contact", "personalization", "automation")


def chronological(found: History) -> list[Entry]:
    return list(reversed(found.entries))


def lineage(found: History) -> dict[str, str]:
    """Each segment id that was ever renamed -> the id it is known by at the end."""
    forward: dict[str, str] = {}
    for entry in chronological(found):
        if entry.diff is None:
            continue
        for change in entry.diff.in_block("segments"):
            if change.kind == "renamed" and change.before is not None:
                forward[change.before.id] = change.entry.id
    final: dict[str, str] = {}
    for start in forward:
        current, seen = start, {start}
        while current in forward and forward[current] not in seen:
            current = forward[current]
            seen.add(current)
        final[start] = current
    return final


@dataclass
class Move:
    """One level of one segment: its first and last values over the commits that moved it."""

    segment: str
    level: str
    first: Any
    last: Any
    commits: list[str] = field(default_factory=list)


def level_moves(found: History) -> list[Move]:
    """Net level moves per segment and field, in order of first change; a level that went
    back to where it started is left out."""
    final = lineage(found)
    moves: dict[tuple[str, str], Move] = {}
    for entry in chronological(found):
        if entry.diff is None:
            continue
        for change in entry.diff.changes:
            if change.direction is None or change.block not in ("segments", "interaction"):
                continue
            segment = final.get(str(change.key), str(change.key))
            key = (segment, str(change.field))
            if key not in moves:
                moves[key] = Move(segment, str(change.field), change.old, change.new)
            moves[key].last = change.new
            moves[key].commits.append(entry.commit.short)
    return [m for m in moves.values() if m.first != m.last]


@dataclass
class Series:
    """One segment's chart: its names and, per version, its three levels (None: not set or
    the segment absent)."""

    segment: str
    name: str
    points: list[dict[str, str | None]] = field(default_factory=list)


def series(found: History) -> tuple[list[Entry], list[Series]]:
    """The versions plotted (valid ones, oldest first) and one series per segment."""
    final = lineage(found)
    versions = [e for e in chronological(found) if e.canvas is not None and e.status != "merge"]
    charts: dict[str, Series] = {}
    for entry in versions:
        assert entry.canvas is not None
        for segment in entry.canvas.segments:
            known = final.get(segment.id, segment.id)
            charts.setdefault(known, Series(known, segment.name)).name = segment.name
    for entry in versions:
        assert entry.canvas is not None
        levels = {final.get(i.segment, i.segment): i for i in entry.canvas.interaction}
        present = {final.get(s.id, s.id) for s in entry.canvas.segments}
        for known, chart in charts.items():
            row = levels.get(known) if known in present else None
            chart.points.append(
                {f: _level(getattr(row, f, None)) if row else None for f in CHART_FIELDS}
            )
    return versions, list(charts.values())


def _level(value: Any) -> str | None:
    return None if value is None else str(getattr(value, "value", value))
