"""What goes where on the printed canvas: measure the cards, pack the sheet, continue.

WeasyPrint cannot shrink a box's content to fit, and a fixed grid must not spill over, so
the decision is made before the page is rendered, in two cheap passes over the cards only
(``measure``): the cards that may fit on the sheet are measured at their block's width and
packed (``pack``); what did not fit is measured at the continuation pages' width and
packed in bands (``continued``). Then the page is rendered once, with its page numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from relcanvas.formats import PAPERS
from relcanvas.render.continued import Band, Continued, cont_where, continuation
from relcanvas.render.geometry import Metrics, columns_for
from relcanvas.render.header import fit_header
from relcanvas.render.measure import Box, Heights, boxes_for, measure
from relcanvas.render.pack import (
    CanvasLayout,
    Placed,
    band_columns,
    band_where,
    block_where,
    most_cards,
)
from relcanvas.render.sheet import BAND_GROWTH, BAND_STEP, SHORTEST, lay_out, tracks_for
from relcanvas.render.view import Area, Entry

__all__ = [
    "PAPERS",
    "Band",
    "CanvasLayout",
    "Continued",
    "Heights",
    "Metrics",
    "Placed",
    "fit_header",
    "plan",
    "unmeasured",
]

Render = Callable[[list[Box]], Iterable[Any]]
"""Lays a measuring document out and returns its pages (WeasyPrint's ``Document.pages``)."""
Area_ = tuple[str, str, Area, float, int, Iterable[Entry]]
"""An area to measure: where, kind, the area, its width, its columns, the cards."""


def block_boxes(blocks: Iterable[Area], m: Metrics) -> list[Area_]:
    """The blocks to measure at their column's width, with only the cards that could be
    on the sheet (a block may take up to 1 - ``SHORTEST`` of its column)."""
    blocks = tuple(blocks)
    room = (1 - SHORTEST) * (m.sheet_height - m.gap)
    out: list[Area_] = []
    for i, area in enumerate(blocks):
        width = m.track(i % 3)
        columns = columns_for(width, m)
        most = most_cards(area.entries, room, m, columns)
        out.append((block_where(area), "block", area, width, columns, area.entries[:most]))
    return out


def sheet_boxes(
    blocks: Iterable[Area], segments: Area, indicators: Area, m: Metrics
) -> list[Area_]:
    """The areas of the sheet to measure, with only the cards that could be on it."""
    out = block_boxes(blocks, m)
    band_room = m.band_height + BAND_GROWTH * BAND_STEP * m.scale
    for area in (segments, indicators):
        width, counts = band_columns(area, m)
        for n in counts:
            cards = area.entries[: most_cards(area.entries, band_room, m, n)]
            out.append((band_where(area, n), "band", area, width, n, cards))
    return out


def plan(
    blocks: Iterable[Area], segments: Area, indicators: Area, m: Metrics, render: Render
) -> tuple[CanvasLayout, tuple[Continued, ...]]:
    """The sheet and its continuation pages, from the cards' measured heights."""
    blocks = tuple(blocks)
    heights = measure(boxes_for(sheet_boxes(blocks, segments, indicators, m)), render)
    layout = lay_out(blocks, segments, indicators, m, heights)
    if any(p.rest for p in layout.blocks):
        layout, heights = _tracked(blocks, segments, indicators, layout, heights, render)
    rest: list[Area_] = [
        (cont_where(p.area), "cont", p.area, m.content_width, 3, p.rest) for p in layout.overflow
    ]
    heights.update(measure(boxes_for(rest), render))
    return layout, continuation(layout.overflow, layout.metrics, heights)


def _tracked(
    blocks: tuple[Area, ...],
    segments: Area,
    indicators: Area,
    layout: CanvasLayout,
    heights: Heights,
    render: Render,
) -> tuple[CanvasLayout, Heights]:
    """The sheet with columns as wide as their content asks (measured again at those
    widths), when it leaves out fewer cards than equal columns do."""
    m = replace(layout.metrics, band_extra=0.0)
    tracked = replace(m, tracks=tracks_for(blocks, m, heights))
    if max(abs(w - m.column_width) for w in tracked.tracks) < 1:
        return layout, heights
    again = measure(boxes_for(block_boxes(blocks, tracked)), render)
    again.update(_band_only(heights))  # the band keeps its measures
    trial = lay_out(blocks, segments, indicators, tracked, again)
    return (trial, again) if _left(trial) < _left(layout) else (layout, heights)


def _band_only(h: Heights) -> Heights:
    """The measures of the low band alone (the blocks' are for another width)."""

    def band(where: str) -> bool:
        return where.startswith("band-")

    return Heights(
        parts={k: v for k, v in h.parts.items() if band(k[0])},
        card_frame={k: v for k, v in h.card_frame.items() if band(k)},
        head={k: v for k, v in h.head.items() if band(k)},
        frame={k: v for k, v in h.frame.items() if band(k)},
        notes={k: v for k, v in h.notes.items() if band(k[0])},
    )


def _left(layout: CanvasLayout) -> tuple[int, int]:
    """What a sheet leaves for later pages: cards left out, then cards cut short."""
    parts = (*layout.blocks, layout.segments, layout.indicators)
    return sum(p.hidden for p in parts), sum(len(p.rest) for p in parts)


def unmeasured(
    blocks: Iterable[Area], segments: Area, indicators: Area, m: Metrics
) -> CanvasLayout:
    """Every entry on the sheet itself: a screen page grows instead of continuing."""

    def whole(area: Area) -> Placed:
        return Placed(area, (area.entries,), ())

    return CanvasLayout(m, tuple(whole(a) for a in blocks), whole(segments), whole(indicators))
