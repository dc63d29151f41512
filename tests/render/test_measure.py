"""Heights are WeasyPrint's own: the layout's cards are the page's cards, and the pages
it predicts for the continuation are the pages the one final render gives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from relcanvas.loader import load_path
from relcanvas.render import canvas_pdf
from relcanvas.render import pdf as pdf_module
from relcanvas.render.geometry import Metrics
from relcanvas.render.html import _default_environment, _measurer, canvas_page, canvas_plan
from relcanvas.render.layout import sheet_boxes
from relcanvas.render.measure import PT, boxes_for, measure
from relcanvas.render.pack import block_where
from relcanvas.render.view import canvas_view

pytest.importorskip("weasyprint")
EXAMPLES = sorted(Path(__file__).parents[2].joinpath("examples").glob("*.yaml"))


def _lang(path: Path) -> str:
    return "fr" if ".fr." in path.name else "en"


def _boxes(box: Any) -> Iterator[Any]:
    """Every box under ``box``, in document order, the placed blocks' too (WeasyPrint
    keeps an absolutely positioned box behind a placeholder)."""
    box = getattr(box, "_box", box)
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _tag(box: Any) -> str | None:
    return getattr(box, "element_tag", None)


def test_measured_cards_are_the_cards_of_the_page() -> None:
    path = EXAMPLES[0]
    canvas = load_path(str(path)).canvas
    assert canvas is not None
    view = canvas_view(canvas, _lang(path))
    layout, _ = canvas_plan(view, "a3")
    m = layout.metrics  # the columns' widths as the sheet chose them
    render = _measurer(_default_environment(), view.lang, m)
    heights = measure(
        boxes_for(sheet_boxes(view.blocks, view.segments, view.indicators, m)), render
    )
    html, _ = canvas_page(canvas, view.lang, "a3", paged=True)
    page = pdf_module.render_document(html).pages[0]
    real = [
        round(b.border_height() * PT, 2) for b in _boxes(page._page_box) if _tag(b) == "article"
    ]
    predicted = [
        round(heights.card(e, block_where(p.area)), 2)
        for p in layout.blocks
        for col in p.columns
        for e in col
    ]
    assert predicted and real[: len(predicted)] == predicted


@pytest.mark.parametrize("paper", ["a4", "a3"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_page_numbers_are_right_first_time(
    path: Path, paper: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    canvas = load_path(str(path)).canvas
    assert canvas is not None
    renders: list[int] = []
    real = pdf_module.render_document

    def counted(html: str, fetcher: object = None) -> object:
        if "canvas measuring" not in html:
            renders.append(1)
        return real(html, fetcher)

    monkeypatch.setattr(pdf_module, "render_document", counted)
    canvas_pdf(canvas, _lang(path), paper)
    assert renders == [1]


def test_a_poster_grows_its_type_while_everything_still_fits() -> None:
    from relcanvas.render.html import canvas_choice

    path = EXAMPLES[1]
    canvas = load_path(str(path)).canvas
    assert canvas is not None
    view = canvas_view(canvas, _lang(path))
    poster = canvas_choice(view, "a0")
    assert poster.type_scale > 1 and poster.fits and not poster.plan[0].overflow
    assert poster.plan[0].metrics.body > Metrics.for_paper("a0").body
    assert canvas_choice(view, "a3").type_scale == 1  # only posters grow
