"""Step charts of one segment's levels over the versions, as numbers for an inline SVG.

Only coordinates are computed here; the template writes the SVG, so every word in it goes
through Jinja2's autoescaping. A level holds from its version until the next one: each
version is a slot of equal width, and a line is broken where the level is not set.
"""

from __future__ import annotations

from dataclasses import dataclass

from relcanvas.history.levels import CHART_FIELDS, Series

WIDTH, HEIGHT = 480.0, 120.0
LEFT, RIGHT, TOP, BOTTOM = 78.0, 8.0, 14.0, 26.0
ROWS = {"high": TOP + 6.0, "medium": TOP + 36.0, "low": TOP + 66.0}
OFFSET = {"human_contact": -4.0, "personalization": 0.0, "automation": 4.0}
"""Each series a few units apart, so that equal levels stay three visible lines."""
COLOURS = {"human_contact": "#c2410c", "personalization": "#1d4ed8", "automation": "#15803d"}
DASHES = {"human_contact": "none", "personalization": "7 3", "automation": "2 3"}


@dataclass(frozen=True)
class Line:
    field: str
    path: str
    colour: str
    dash: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    anchor: str


@dataclass(frozen=True)
class Chart:
    segment: str
    name: str
    lines: list[Line]
    ticks: list[Tick]
    slots: list[float]
    """The x where each version starts (a faint mark on the axis)."""


def _path(points: list[str | None], field: str) -> str:
    """``M x y H x V y ...`` for one series: held levels, steps between versions."""
    slot = (WIDTH - LEFT - RIGHT) / max(len(points), 1)
    parts: list[str] = []
    previous: float | None = None
    for i, level in enumerate(points):
        x0, x1 = LEFT + i * slot, LEFT + (i + 1) * slot
        y = ROWS.get(level or "")
        if y is None:
            previous = None
            continue
        y += OFFSET[field]
        parts.append(f"V{y:.1f}" if previous is not None else f"M{x0:.1f} {y:.1f}")
        parts.append(f"H{x1:.1f}")
        previous = y
    return " ".join(parts)


def chart(found: Series, days: list[str]) -> Chart:
    """The chart of one segment over versions dated ``days`` (oldest first)."""
    lines = []
    for field in CHART_FIELDS:
        points = [p.get(field) for p in found.points]
        path = _path(points, field)
        if path:
            lines.append(Line(field, path, COLOURS[field], DASHES[field]))
    slot = (WIDTH - LEFT - RIGHT) / max(len(days), 1)
    slots = [LEFT + i * slot for i in range(len(days))]
    ticks = []
    if days:
        ticks.append(Tick(LEFT, days[0], "start"))
        if len(days) > 1 and days[-1] != days[0]:
            ticks.append(Tick(WIDTH - RIGHT, days[-1], "end"))
    return Chart(found.segment, found.name, lines, ticks, slots)
