"""The continuation pages: the rest of every area, packed in bands of three columns.

Areas follow each other on the same page (no page break between blocks or before the
segments and indicators); an area's head never ends a page alone. Heights are measured
(``measure``), so the page each area starts on is known before the one final render and
its "see page N" marks are right first time. Columns are decided here, not by CSS
multi-column (slow in WeasyPrint): each band is a grid row that fits what is left of its page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from relcanvas.render.geometry import Metrics
from relcanvas.render.measure import Heights
from relcanvas.render.pack import EPSILON, Placed
from relcanvas.render.view import Area, Entry

CONT_COLUMNS = 3
MIN_BAND = 0.2
"""Below this share of a page, an area that would go on past the page starts on a fresh one."""


@dataclass(frozen=True)
class Band:
    """One row of a continuation page: entries in explicit columns, kept on one page."""

    columns: tuple[tuple[Entry, ...], ...]
    new_page: bool = False


@dataclass(frozen=True)
class Continued:
    """The part of an area that did not fit on the sheet, cut into bands of columns."""

    area: Area
    bands: tuple[Band, ...]
    page: int
    """The page its first band is on (the sheet is page 1)."""


def cont_where(area: Area) -> str:
    return f"cont-{area.key}"


def _pack(
    entries: list[Entry], height: float, h: Heights, where: str, gap: float, split: str
) -> tuple[list[list[Entry]], list[Entry]]:
    """Fill the columns of one band, top to bottom then left to right, in order.

    On a whole page (``split``), a card taller than the page that cannot be cut is set
    alone in its column and breaks by itself; at the foot of a page it waits.
    """
    cols: list[list[Entry]] = [[]]
    used = 0.0
    todo = list(entries)
    while todo:
        entry = todo[0]
        need = h.card(entry, where) + gap
        if used + need <= height:
            cols[-1].append(todo.pop(0))
            used += need
            continue
        if split and entry.notes and (parts := h.split_notes(entry, where, height - used - gap)):
            cols[-1].append(parts[0])
            todo[0] = parts[1]
        elif split == "page" and not cols[-1]:  # taller than a page, nothing to cut
            cols[-1].append(todo.pop(0))
        if len(cols) == CONT_COLUMNS:
            break
        cols.append([])
        used = 0.0
    return cols, todo


def column_height(column: Iterable[Entry], h: Heights, where: str, gap: float) -> float:
    """A column's height: its cards and the gap under each (the grid keeps the last one)."""
    return sum(h.card(e, where) + gap for e in column)


def _band(
    entries: list[Entry], room: float, h: Heights, where: str, gap: float, whole: bool
) -> tuple[Band, list[Entry]]:
    """The next band: balanced columns when the rest fits ``room``, else full columns."""
    cols, rest = _pack(entries, room, h, where, gap, split="")
    if not rest:  # everything fits: find the lowest height that still holds it all
        lo = max(h.card(e, where) + gap for e in entries)
        hi = room
        while hi - lo > 1:
            mid = (lo + hi) / 2
            trial, left = _pack(entries, mid, h, where, gap, split="")
            if left:
                lo = mid
            else:
                hi, cols = mid, trial
        return Band(tuple(tuple(c) for c in cols)), []
    cols, rest = _pack(entries, room, h, where, gap, split="page" if whole else "foot")
    return Band(tuple(tuple(c) for c in cols if c)), rest


def continuation(overflow: Iterable[Placed], m: Metrics, h: Heights) -> tuple[Continued, ...]:
    """Lay out the continuation pages: every area's rest, in bands that fit their page."""
    page = m.content_height - EPSILON
    used = 0.0
    number = 2
    out = []
    for placed in overflow:
        where = cont_where(placed.area)
        todo = list(placed.rest)
        bands: list[Band] = []
        first_page = number
        while todo:
            top = h.head[where] if not bands else 0.0
            band, left = _band(todo, page - used - top, h, where, m.entry_gap, used == 0)
            # A sliver at the foot of a page takes an area only when the area ends there.
            new_page = used > 0 and (
                not any(band.columns) or (bool(left) and page - used - top < page * MIN_BAND)
            )
            if new_page:
                used = 0.0
                band, left = _band(todo, page - top, h, where, m.entry_gap, True)
            todo = left
            number += new_page
            if not bands:
                first_page = number
            bands.append(replace(band, new_page=new_page))
            tallest = max(column_height(c, h, where, m.entry_gap) for c in band.columns)
            used += top + tallest + m.gap
        out.append(Continued(placed.area, tuple(bands), first_page))
        used += m.gap  # the area's 2 gaps below collapse with its last band's one
    return tuple(out)
