"""``--fit`` brings every example onto one sheet at a legible size, read back with pypdf:
every entry's words on page 1, and no type on that page under the paper's floor."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from render_helpers import squash

from relcanvas.loader import load_path
from relcanvas.render import Choice, canvas_pdf
from relcanvas.render.fit import FLOORS, floor_scale
from relcanvas.render.view import canvas_view

pypdf = pytest.importorskip("pypdf")
EXAMPLES = sorted(Path(__file__).parents[2].joinpath("examples").glob("*.yaml"))
FLOOR = {"a4": 6.0, "a3": 7.0}


def _page(data: bytes, number: int) -> tuple[str, list[float]]:
    """A page's text (squashed) and the size of every piece of text on it."""
    sizes: list[float] = []
    texts: list[str] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            sizes.append(abs(size * tm[3] * cm[3]))
            texts.append(text)

    pypdf.PdfReader(io.BytesIO(data)).pages[number].extract_text(visitor_text=visit)
    return squash(" ".join(texts)), sizes


def test_the_floors_are_the_issues() -> None:
    assert FLOORS["a4"] == FLOOR["a4"] and floor_scale("a3") < 1


@pytest.mark.slow
@pytest.mark.parametrize("paper", ["a4", "a3"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_with_fit_every_example_is_on_one_sheet(path: Path, paper: str) -> None:
    canvas = load_path(str(path)).canvas
    assert canvas is not None
    lang = str(canvas.language)
    choices: list[Choice] = []
    data = canvas_pdf(canvas, lang, paper, fit=True, choices=choices)
    (choice,) = choices
    assert choice.fits and not choice.plan[0].overflow and not choice.plan[1]
    assert choice.smallest_type >= FLOOR[paper] - 0.005
    first, sizes = _page(data, 0)
    view = canvas_view(canvas, lang)
    missing = [
        entry.title
        for area in view.areas
        for entry in area.entries
        if squash(entry.title) not in first
        or any(squash(t) not in first for t in entry.texts() if len(t) > 3)
    ]
    assert not missing
    assert min(sizes) >= FLOOR[paper] - 0.05
    assert "suite" not in first and "continued" not in first
