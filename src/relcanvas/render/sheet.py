"""The sheet's tracks: each column's width and each column's split, sized from its content.

An equal 3 x 2 grid lets the fullest block decide: five touchpoints continue while the
blocks around them stay half empty. Here each of the three columns splits its height
between its two blocks where the fewest cards are left out (a sparse block gives its room
to the full one under or over it), and when the sheet still overflows, the columns take
widths in proportion to their measured content (``tracks_for``), within bounds that keep
the canvas's shape. Every choice is scored on measured heights, never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from relcanvas.render.geometry import Metrics, columns_for
from relcanvas.render.measure import Heights
from relcanvas.render.pack import (
    EPSILON,
    CanvasLayout,
    Placed,
    band_columns,
    band_where,
    block_where,
    place,
)
from relcanvas.render.view import Area, Entry

SHORTEST = 0.2
"""Least share of its column's height a block is given, so that the sheet keeps its shape."""
NARROWEST, WIDEST = 0.7, 1.6
"""Bounds of a column's width, as a share of an equal third."""
GRID = 12
"""Splits tried at even steps, besides those where a card starts or stops fitting."""


def arrange(blocks: Sequence[Area], m: Metrics, h: Heights) -> tuple[Placed, ...]:
    """The six blocks placed in three columns, top row then bottom row, each with its frame
    (x, y, width, height in points from the sheet's top left corner)."""
    total = m.sheet_height
    out: list[Placed | None] = [None] * len(blocks)
    x = 0.0
    for j in range(3):
        width = m.track(j)
        top, bottom = blocks[j], blocks[j + 3]
        a, b, t = _split(top, bottom, total, m, h, columns_for(width, m))
        out[j] = replace(a, frame=(x, 0.0, width, t))
        out[j + 3] = replace(b, frame=(x, t + m.gap, width, total - m.gap - t))
        x += width + m.gap
    return tuple(p for p in out if p is not None)


def _split(
    top: Area, bottom: Area, total: float, m: Metrics, h: Heights, columns: int
) -> tuple[Placed, Placed, float]:
    """The split of one column that leaves out the fewest cards; among equals, the one
    where neither block hides a larger share of its cards (the touchpoints do not vanish
    so that a small block shows all), then the fewest cut short, then the nearest to the
    middle (rows stay aligned when they can)."""
    half = (total - m.gap) / 2
    best: tuple[tuple[float, ...], Placed, Placed, float] | None = None
    for t in split_candidates(top, bottom, total, m, h):
        a = place(top, block_where(top), t, h, m, columns)
        b = place(bottom, block_where(bottom), total - m.gap - t, h, m, columns)
        score = (a.hidden + b.hidden, _worst(a, b), len(a.rest) + len(b.rest), abs(t - half))
        if best is None or score < best[0]:
            best = (score, a, b, t)
    assert best is not None
    return best[1], best[2], best[3]


def _worst(*placed: Placed) -> float:
    """The largest share of its cards that any of these blocks leaves out."""
    return max(p.hidden / len(p.area.entries) if p.area.entries else 0.0 for p in placed)


def split_candidates(top: Area, bottom: Area, total: float, m: Metrics, h: Heights) -> list[float]:
    """The top block's heights worth trying: the middle, even steps, and every height at
    which one more card of either block fits whole."""
    inner = total - m.gap
    low, high = SHORTEST * inner, (1 - SHORTEST) * inner
    found = {inner / 2, *(low + (high - low) * k / GRID for k in range(GRID + 1))}
    mark = m.small * m.leading - 0.4 * m.pad
    for area, flip in ((top, False), (bottom, True)):
        where = block_where(area)
        used = h.frame.get(where, 0.0) + h.head.get(where, 0.0) + EPSILON + 0.01
        for e in area.entries:
            card = known_card(h, e, where)
            if card is None:
                break
            used += card + (m.entry_gap if used else 0.0)
            for need in (used, used + mark):
                found.add(inner - need if flip else need)
    return sorted(t for t in found if low <= t <= high)


def known_card(h: Heights, e: Entry, where: str) -> float | None:
    """The card's measured height, or None when it was not measured (it cannot fit)."""
    try:
        return h.card(e, where)
    except KeyError:
        return None


def demand(area: Area, h: Heights, m: Metrics) -> float:
    """The height the whole block would need at its measured width: cards not measured
    (they could not fit) count as the average of those that were."""
    where = block_where(area)
    cards = [c for e in area.entries if (c := known_card(h, e, where)) is not None]
    average = sum(cards) / len(cards) if cards else 0.0
    body = sum(cards) + average * (len(area.entries) - len(cards))
    return h.frame.get(where, 0.0) + h.head.get(where, 0.0) + body + m.entry_gap * len(area.entries)


def tracks_for(blocks: Sequence[Area], m: Metrics, h: Heights) -> tuple[float, ...]:
    """Column widths in proportion to each column's measured need (text reflows, titles
    do not: the power keeps a full column from taking everything), within bounds."""
    needs = [
        max(1.0, demand(blocks[j], h, m) + demand(blocks[j + 3], h, m)) ** 0.75 for j in range(3)
    ]
    equal = m.column_width
    shares = [n / sum(needs) * 3 for n in needs]
    for _ in range(4):  # clamp, then share what the clamped columns gave up among the rest
        shares = [min(WIDEST, max(NARROWEST, s)) for s in shares]
        free = [i for i, s in enumerate(shares) if NARROWEST < s < WIDEST]
        excess = sum(shares) - 3
        if abs(excess) < 1e-6 or not free:
            break
        for i in free:
            shares[i] -= excess / len(free)
    first = [round(s * equal * 2) / 2 for s in shares[:2]]
    return (*first, 3 * equal - sum(first))


BAND_STEP = 18.0
"""The low band grows by this much (at A4, times the scale) while the blocks above lose nothing."""
BAND_GROWTH = 6


def lay_out(
    blocks: Iterable[Area], segments: Area, indicators: Area, m: Metrics, h: Heights
) -> CanvasLayout:
    """Decide what the canvas page shows for each block and for the bottom band.

    The band of segments and indicators starts one card high. When it cannot hold them
    all, it grows step by step into the blocks' empty space, as long as every block
    still shows exactly what it showed (a poster has room to spare; an A4 sheet has not).
    """
    blocks = tuple(blocks)
    best = _lay_out(blocks, segments, indicators, m, h)
    for step in range(1, BAND_GROWTH + 1):
        if not _band_left(best) > (0, 0):
            break
        grown = replace(m, band_extra=step * BAND_STEP * m.scale)
        trial = _lay_out(blocks, segments, indicators, grown, h)
        if [p.columns for p in trial.blocks] != [p.columns for p in best.blocks]:
            break
        if _band_left(trial) < _band_left(best):
            best = trial
    return best


def _band_left(layout: CanvasLayout) -> tuple[int, int]:
    """What the band leaves for later pages: entries left out, then entries cut short."""
    parts = (layout.segments, layout.indicators)
    return sum(p.hidden for p in parts), sum(len(p.rest) for p in parts)


def _lay_out(
    blocks: tuple[Area, ...], segments: Area, indicators: Area, m: Metrics, h: Heights
) -> CanvasLayout:
    return CanvasLayout(
        metrics=m,
        blocks=arrange(blocks, m, h),
        segments=_band_area(segments, m, h),
        indicators=_band_area(indicators, m, h),
    )


def _band_area(area: Area, m: Metrics, h: Heights) -> Placed:
    """Half of the low band, in the number of columns that leaves out the fewest cards."""
    _, counts = band_columns(area, m)
    options = [
        place(area, band_where(area, n), m.band_height, h, m, n, mark_below=False) for n in counts
    ]
    return min(options, key=lambda p: (p.hidden, len(p.rest), len(p.columns)))
