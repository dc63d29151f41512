"""What goes where on the printed canvas: measure the cards, pack the sheet, continue.

WeasyPrint cannot shrink a box's content to fit, and a fixed grid must not spill over, so
the decision is made before the page is rendered, in two cheap passes over the cards only
(``measure``): the cards that may fit on the sheet are measured at their block's width and
packed (``pack``); what did not fit is measured at the continuation pages' width and
packed in bands (``continued``). Then the page is rendered once, with its page numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from relcanvas.render.continued import Band, Continued, cont_where, continuation
from relcanvas.render.geometry import PAPERS, Metrics, columns_for
from relcanvas.render.header import fit_header
from relcanvas.render.measure import Box, Heights, boxes_for, measure
from relcanvas.render.pack import (
    BAND_GROWTH,
    BAND_STEP,
    CanvasLayout,
    Placed,
    band_columns,
    band_where,
    block_where,
    lay_out,
    most_cards,
)
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


def sheet_boxes(
    blocks: Iterable[Area], segments: Area, indicators: Area, m: Metrics
) -> list[Area_]:
    """The areas of the sheet to measure, with only the cards that could be on it."""
    columns = columns_for(m.column_width, m)
    out: list[Area_] = []
    for area in blocks:
        most = most_cards(area.entries, m.row_height, m, columns)
        out.append((block_where(area), "block", area, m.column_width, columns, area.entries[:most]))
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
    rest: list[Area_] = [
        (cont_where(p.area), "cont", p.area, m.content_width, 3, p.rest) for p in layout.overflow
    ]
    heights.update(measure(boxes_for(rest), render))
    return layout, continuation(layout.overflow, layout.metrics, heights)


def unmeasured(
    blocks: Iterable[Area], segments: Area, indicators: Area, m: Metrics
) -> CanvasLayout:
    """Every entry on the sheet itself: a screen page grows instead of continuing."""

    def whole(area: Area) -> Placed:
        return Placed(area, (area.entries,), ())

    return CanvasLayout(m, tuple(whole(a) for a in blocks), whole(segments), whole(indicators))
