"""A canvas far larger than one sheet, read back from its PDF: nothing lost, every overflow
continued where its mark says, type never below 7 pt, the relationship map last.

Rendering it takes seconds, so it is rendered once, in one test that makes each check in
turn: pytest-xdist hands tests to whichever worker is free, and a fixture shared by several
tests would be rendered again on each worker that runs one of them.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from render_helpers import big_canvas, missing_words, squash

from relcanvas.model import Canvas
from relcanvas.render import canvas_pdf
from relcanvas.render.view import canvas_view

pypdf = pytest.importorskip("pypdf")
pytestmark = pytest.mark.slow


def test_a_huge_canvas_prints_whole() -> None:
    canvas = Canvas.model_validate(big_canvas())
    pdf = canvas_pdf(canvas, "fr", "a4")
    pages = [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    every_entry_is_in_the_pdf(canvas, pages)
    overflow_points_to_the_continuation_page(pages)
    type_never_shrinks_below_7pt(pdf)
    relationship_map_comes_last(pages)


def every_entry_is_in_the_pdf(canvas: Canvas, pages: list[str]) -> None:
    text = squash("\n".join(pages))
    view = canvas_view(canvas, "fr")
    missing = missing_words(view, text)
    assert not missing, missing[:20]
    assert "échéance" in text and "cœur" in text and "fidélité" in text


def overflow_points_to_the_continuation_page(pages: list[str]) -> None:
    assert len(pages) > 3
    first = pages[0]
    assert "suite page" in first
    # The mark names a page that carries the block's continuation heading.
    for line in first.splitlines():
        if "suite page" in line:
            number = int(line.rsplit("suite page", 1)[1].split()[0])
            assert "(suite)" in pages[number - 1]


def type_never_shrinks_below_7pt(pdf: bytes) -> None:
    sizes: list[float] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            sizes.append(abs(size * tm[3] * cm[3]))

    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    assert sizes
    assert min(sizes) >= 6.99, min(sizes)


def relationship_map_comes_last(pages: list[str]) -> None:
    last = pages[-1]
    assert "Carte de la relation" in squash(last) or "Carte de la relation" in last
    assert "aucun contact" in last  # the renewal phase is an empty cell for every segment
