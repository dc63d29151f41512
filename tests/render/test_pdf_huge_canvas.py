"""A canvas far larger than one sheet, read back from its PDF: nothing lost, every overflow
continued where its mark says, type never below 7 pt, the relationship map last.

The canvas is rendered once (a module of its own, so that pytest-xdist's --dist loadfile
runs these tests on one worker while the other PDF tests run on the rest).
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from render_helpers import big_canvas, squash

from relcanvas.model import Canvas
from relcanvas.render import canvas_pdf
from relcanvas.render.view import canvas_view

pypdf = pytest.importorskip("pypdf")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def big() -> Canvas:
    return Canvas.model_validate(big_canvas())


@pytest.fixture(scope="module")
def big_a4(big: Canvas) -> bytes:
    return canvas_pdf(big, "fr", "a4")


@pytest.fixture(scope="module")
def big_a4_pages(big_a4: bytes) -> list[str]:
    """The text of each page, read once: pypdf takes seconds over the thirty pages."""
    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(big_a4)).pages]


def test_every_entry_of_a_huge_canvas_is_in_the_pdf(big: Canvas, big_a4_pages: list[str]) -> None:
    text = squash("\n".join(big_a4_pages))
    view = canvas_view(big, "fr")
    missing = [
        word
        for area in view.areas
        for entry in area.entries
        for piece in entry.texts()
        for word in piece.split()
        if squash(word) not in text
    ]
    assert not missing, missing[:20]
    assert "échéance" in text and "cœur" in text and "fidélité" in text


def test_overflow_points_to_the_continuation_page(big_a4_pages: list[str]) -> None:
    pages = big_a4_pages
    assert len(pages) > 3
    first = pages[0]
    assert "suite page" in first
    # The mark names a page that carries the block's continuation heading.
    for line in first.splitlines():
        if "suite page" in line:
            number = int(line.rsplit("suite page", 1)[1].split()[0])
            assert "(suite)" in pages[number - 1]


def test_type_never_shrinks_below_7pt_at_a4(big_a4: bytes) -> None:
    sizes: list[float] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            sizes.append(abs(size * tm[3] * cm[3]))

    for page in pypdf.PdfReader(io.BytesIO(big_a4)).pages:
        page.extract_text(visitor_text=visit)
    assert sizes
    assert min(sizes) >= 6.99, min(sizes)


def test_relationship_map_page_is_there(big_a4_pages: list[str]) -> None:
    last = big_a4_pages[-1]
    assert "Carte de la relation" in squash(last) or "Carte de la relation" in last
    assert "aucun contact" in last  # the renewal phase is an empty cell for every segment
