"""What the first sheet shows: each area's cards packed into its measured room.

Heights come from ``measure`` (WeasyPrint's own boxes), so a card that fits is shown and
a block is filled to its last card before anything continues. The policy: notes give way
first, then the next cards are shown short (title and tags), then notes come back while
they fit; what is left continues, in order, on the continuation pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from relcanvas.render.geometry import (
    BAND_COLUMN_EM,
    BAND_COLUMNS,
    Metrics,
    columns_for,
)
from relcanvas.render.measure import Heights
from relcanvas.render.view import Area, Entry

TAG_LEADING = 1.5
"""Line height of the tags line (the stylesheet's ``.tags``)."""
EPSILON = 0.5
"""Points kept free in every column, for rounding between measuring and the page."""


@dataclass(frozen=True)
class Placed:
    """An area of the canvas page: the entries that fit, in columns, and those that move on."""

    area: Area
    columns: tuple[tuple[Entry, ...], ...]
    rest: tuple[Entry, ...]
    frame: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    """Where a block of the sheet sits: x, y, width, height in points (``sheet.arrange``)."""

    @property
    def shown(self) -> int:
        return sum(len(c) for c in self.columns)

    @property
    def hidden(self) -> int:
        """Entries not on the sheet at all (notes continuing from a shown entry do not count)."""
        return sum(1 for e in self.rest if not e.continued)


def _has_details(entry: Entry) -> bool:
    return bool(entry.fields or entry.lists or entry.meta or entry.notes)


def short(entry: Entry, mark: bool = True) -> Entry:
    """The entry's title and tags only; its other facts continue (marked when ``mark``)."""
    return replace(
        entry, fields=(), lists=(), meta=(), notes=None, notes_moved=False, details_moved=mark
    )


def details(entry: Entry) -> Entry:
    """What continues of an entry shown short: every fact but the tags, under its title."""
    return replace(
        entry,
        keys=(),
        chips=(),
        gauges=(),
        moment_of_truth=False,
        proactive=False,
        notes_moved=False,
        continued=True,
    )


def bare(entry: Entry, mark: bool = True) -> Entry:
    """The entry without its notes, marked as continuing when it had some (and ``mark``)."""
    return replace(entry, notes=None, notes_moved=mark) if entry.notes else entry


Packer = Callable[[Iterable[Entry], float], tuple[list[list[Entry]], int]]


def packer(h: Heights, where: str, columns: int, gap: float) -> Packer:
    """Fill ``columns`` columns of a given room with cards, in order, until one does not fit."""

    def pack(entries: Iterable[Entry], room: float) -> tuple[list[list[Entry]], int]:
        cols: list[list[Entry]] = [[] for _ in range(columns)]
        c, used, count = 0, 0.0, 0
        for entry in entries:
            step = (gap if cols[c] else 0.0) + h.card(entry, where)
            while used + step > room:
                c, used = c + 1, 0.0
                if c == columns:
                    return cols, count
                step = h.card(entry, where)
            cols[c].append(entry)
            used += step
            count += 1
        return cols, count

    return pack


def place(
    area: Area,
    where: str,
    height: float,
    h: Heights,
    m: Metrics,
    columns: int = 1,
    mark_below: bool = True,
) -> Placed:
    """Fill ``columns`` columns of an area ``height`` high (border box) with its entries.

    When everything fits, the columns are balanced. When not, notes give way first: as
    many entries as possible are shown without their notes; the room left takes the next
    entries in a short form (title and tags, their other facts continued); then notes come
    back, in order, while they still fit. ``mark_below`` reserves room for the block's "see
    page N" mark and gives each entry shown in part its own mark; without it (the low band)
    the area's mark alone says where the rest went.
    """
    pack = packer(h, where, columns, m.entry_gap)
    entries = area.entries
    room = height - h.frame[where] - h.head[where] - EPSILON
    cols, count = pack(entries, room)
    if count == len(entries):
        if columns > 1 and entries:
            cols = _balance(entries, room, pack)
        return Placed(area, _frozen(cols), ())
    room -= m.small * m.leading + m.pad * 0.6 - m.pad if mark_below else 0.0
    chosen = [bare(e, mark_below) for e in entries]
    cols, count = pack(chosen, room)
    shown = count
    for entry in entries[count:]:  # the room left takes the next entries, shortened
        if not _has_details(entry):
            break
        trial_cols, trial_count = pack([*chosen[:shown], short(entry, mark_below)], room)
        if trial_count <= shown:
            break
        chosen[shown] = short(entry, mark_below)
        cols, shown = trial_cols, trial_count
    for i, entry in enumerate(entries[:count]):
        if entry.notes:
            trial = [*chosen[:i], entry, *chosen[i + 1 : shown]]
            trial_cols, trial_count = pack(trial, room)
            if trial_count == shown:
                chosen[i], cols = entry, trial_cols
    notes_moved = tuple(
        Entry(title=e.title, key=e.key, notes=e.notes, continued=True)
        for e, kept in zip(entries[:count], chosen[:count], strict=True)
        if e.notes and not kept.notes
    )
    rest = tuple(details(e) for e in entries[count:shown])
    return Placed(area, _frozen(cols), notes_moved + rest + entries[shown:])


def _frozen(cols: list[list[Entry]]) -> tuple[tuple[Entry, ...], ...]:
    return tuple(tuple(c) for c in cols)


def _balance(entries: tuple[Entry, ...], room: float, pack: Packer) -> list[list[Entry]]:
    """The columns at the lowest height that still holds every entry (found by bisection)."""
    lo, hi = 0.0, room
    cols, _ = pack(entries, room)
    while hi - lo > 1:
        mid = (lo + hi) / 2
        trial, count = pack(entries, mid)
        if count < len(entries):
            lo = mid
        else:
            hi, cols = mid, trial
    return cols


@dataclass(frozen=True)
class CanvasLayout:
    """The canvas page's areas, placed, and whether continuation pages are needed."""

    metrics: Metrics
    blocks: tuple[Placed, ...]
    segments: Placed
    indicators: Placed

    @property
    def overflow(self) -> tuple[Placed, ...]:
        return tuple(p for p in (*self.blocks, self.segments, self.indicators) if p.rest)


def block_where(area: Area) -> str:
    return f"block-{area.key}"


def band_where(area: Area, columns: int) -> str:
    return f"band-{area.key}-{columns}"


def band_columns(area: Area, m: Metrics) -> tuple[float, range]:
    """The width of the area's half of the low band and the column counts it may take."""
    seg_width = (m.content_width - m.gap) / 2
    width = seg_width if area.key == "segments" else m.content_width - seg_width - m.gap
    least = 2 if area.key == "segments" else 3
    most = columns_for(width, m, BAND_COLUMNS, least, BAND_COLUMN_EM)
    return width, range(least, max(least, min(most, len(area.entries))) + 1)


def most_cards(entries: tuple[Entry, ...], room: float, m: Metrics, columns: int) -> int:
    """More cards than ``columns`` columns of ``room`` can hold, so that only those are
    measured: each card takes at least its padding, a line of title and, in its shortest
    form, a line of tags."""
    used = 0.0
    for count, entry in enumerate(entries):
        tags = entry.keys or entry.chips or entry.gauges or entry.moment_of_truth or entry.proactive
        used += 2 * m.entry_pad + m.entry_title * m.leading + m.entry_gap
        used += m.small * TAG_LEADING if tags or _has_details(entry) else 0.0
        if used > columns * room:
            return count + 1
    return len(entries)
