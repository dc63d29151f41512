"""The PDF read back with pypdf: paper sizes, every entry's text, accents, metadata, type size."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from render_helpers import (
    big_canvas,
    missing_words,
    pdf_text,
    small_canvas,
    spec_example,
    squash,
    write_canvas,
)
from typer.testing import CliRunner

from relcanvas.cli import app
from relcanvas.model import Canvas
from relcanvas.render import blank_pdf, canvas_pdf
from relcanvas.render.view import canvas_view

pypdf = pytest.importorskip("pypdf")

SIZES = {
    "a4": (842, 595),
    "a3": (1191, 842),
    "a0": (3370, 2384),
    "letter": (792, 612),
    "tabloid": (1224, 792),
}


def reader(data: bytes) -> Any:
    return pypdf.PdfReader(io.BytesIO(data))


@pytest.mark.parametrize("paper", sorted(SIZES))
def test_page_size_matches_paper_in_landscape(paper: str, tmp_path: Path) -> None:
    path = write_canvas(tmp_path, spec_example())
    out = tmp_path / "c.pdf"
    result = CliRunner().invoke(app, ["render", str(path), "-o", str(out), "--paper", paper])
    assert result.exit_code == 0, result.output
    for page in reader(out.read_bytes()).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == SIZES[paper]


def test_default_paper_is_a3(tmp_path: Path) -> None:
    path = write_canvas(tmp_path, spec_example())
    out = tmp_path / "c.pdf"
    assert CliRunner().invoke(app, ["render", str(path), "-o", str(out)]).exit_code == 0
    page = reader(out.read_bytes()).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (1191, 842)


def test_metadata_title_authors_language() -> None:
    canvas = Canvas.model_validate(spec_example())
    pdf = reader(canvas_pdf(canvas, "fr", "a4"))
    meta = pdf.metadata
    assert meta.title == canvas.title
    assert all(a.name in (meta.author or "") for a in canvas.authors)
    assert pdf.trailer["/Root"].get("/Lang") == "fr"


def test_blank_handout_has_blocks_prompts_and_filling_order() -> None:
    from relcanvas import vocabulary as V

    pdf = reader(blank_pdf("fr", "a4"))
    assert len(pdf.pages) == 2
    first, second = (squash(p.extract_text() or "") for p in pdf.pages)
    for block in V.BLOCKS:
        assert squash(block.title("fr")) in first
        assert squash(block.question("fr")) in first
        assert all(squash(p("fr")) in first for p in block.prompts)
    for title, _, _ in V.FILLING_ORDER:
        assert squash(title("fr")) in second


def text_positions(data: bytes, page: int = 0) -> list[tuple[float, float, str]]:
    """(x, y, text) of every piece of text on one page, in PDF points from the bottom left."""
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, " ".join(text.split())))

    reader(data).pages[page].extract_text(visitor_text=visit)
    return found


def test_at_a2_a_block_sets_its_cards_in_two_columns() -> None:
    from relcanvas.render.html import canvas_plan

    canvas = Canvas.model_validate(big_canvas(touchpoints=12, note_words=20))
    data = canvas_pdf(canvas, "fr", "a2")
    view = canvas_view(canvas, "fr")
    layout, _ = canvas_plan(view, "a2")
    m = layout.metrics
    placed = layout.blocks[1]
    left, right = placed.columns
    assert left and right
    positions = text_positions(data)

    def where(title: str) -> tuple[float, float]:
        return next((x, y) for x, y, text in positions if text.startswith(title))

    (x1, y1), (x2, y2) = where(left[0].title), where(right[0].title)
    block_left = m.margin + m.column_width + m.gap
    assert block_left < x1 < block_left + m.column_width / 4
    assert x1 + m.column_width / 3 < x2 < block_left + m.column_width
    assert abs(y1 - y2) < 2  # both columns start at the top of the block
    text = squash(pdf_text(data))
    missing = missing_words(view, text)
    assert not missing, missing[:20]


@pytest.mark.slow
def test_a_long_title_and_eight_authors_stay_above_the_blocks() -> None:
    data = big_canvas(touchpoints=6, note_words=20)
    data["title"] = "Réseau régional des ateliers de maintenance – refonte de la relation " * 3
    data["authors"] = [
        {"name": f"Marie-Hélène Dupont-Lefèvre{i}", "role": "sales"} for i in range(8)
    ]
    canvas = Canvas.model_validate(data)
    for paper in ("a4", "a3"):
        positions = text_positions(canvas_pdf(canvas, "fr", paper))
        block_top = max(y for x, y, text in positions if text == "Mode d’interaction")
        author_ys = [y for x, y, text in positions if "Dupont" in text or "Lefèvre7" in text]
        assert "Lefèvre7" in squash(" ".join(t for _, _, t in positions))
        assert min(author_ys) > block_top + 8, paper
        title_ys = [y for x, y, text in positions if "Réseau" in text or "refonte" in text]
        assert min(title_ys) > block_top + 8, paper


@pytest.mark.slow
def test_no_continuation_page_is_under_a_third_full_but_the_last() -> None:
    """The rest of every area shares the continuation pages: none is left nearly empty."""
    canvas = Canvas.model_validate(big_canvas(touchpoints=24, note_words=300))
    data = canvas_pdf(canvas, "fr", "a4")
    pages = len(reader(data).pages)
    height = 595.0
    assert pages >= 4  # the sheet, two continuation pages or more, the map
    for page in range(1, pages - 2):  # every continuation page but the last
        lowest = min(y for _, y, text in text_positions(data, page) if "relcanvas" not in text)
        assert lowest < height * 2 / 3, f"page {page + 1} ends at {height - lowest:.0f} pt"


def test_every_entry_of_a_canvas_that_fits_is_on_page_1() -> None:
    canvas = Canvas.model_validate(small_canvas())
    data = canvas_pdf(canvas, "fr", "a4")
    first = squash(" ".join(text for _, _, text in text_positions(data, 0)))
    view = canvas_view(canvas, "fr")
    titles = [e.title for area in view.areas for e in area.entries]
    assert all(squash(t) in first for t in titles)


def test_blank_handout_reads_at_arms_length_and_has_bands_and_fields() -> None:
    """Questions and prompts at 10 pt or more at A4; segments and indicators bands;
    participants, date and version to fill in; steps lettered, not numbered like blocks."""
    from relcanvas import vocabulary as V
    from relcanvas.render.typeset import typeset

    data = blank_pdf("fr", "a4")
    sized: list[tuple[float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            sized.append((abs(size * tm[3] * cm[3]), " ".join(text.split())))

    pages = reader(data).pages
    pages[0].extract_text(visitor_text=visit)
    first = squash(" ".join(t for _, t in sized))
    for block in V.BLOCKS:
        question = typeset(block.question("fr"), "fr", own=True)
        sizes = [s for s, text in sized if len(text) > 8 and squash(text) in squash(question)]
        assert sizes and min(sizes) >= 9.99, (block.key, sizes)
        for prompt in block.prompts:
            start = typeset(prompt("fr"), "fr", own=True).split()[0]
            assert min(s for s, text in sized if squash(text).startswith(squash(start))) >= 9.99
    for key in ("segments", "indicators", "render_participants", "date", "version"):
        assert squash(V.UI[key]("fr").upper()) in first.upper()
    second = pages[1].extract_text() or ""
    for letter, (title, _, _) in zip("ABCD", V.FILLING_ORDER, strict=False):
        assert f"{letter} {typeset(title('fr'), 'fr', own=True)}" in second


def _touchpoints(count: int) -> dict[str, Any]:
    data = small_canvas()
    one = data["touchpoints"][0]
    data["touchpoints"] = [
        {**one, "name": f"Point de contact {i}", "notes": "Une note."} for i in range(count)
    ]
    return data


def _sizes(data: bytes, page: int = 0) -> list[float]:
    sizes: list[float] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            sizes.append(abs(size * tm[3] * cm[3]))

    reader(data).pages[page].extract_text(visitor_text=visit)
    return sizes


@pytest.mark.slow
def test_fit_shrinks_the_type_until_the_canvas_is_on_one_sheet(tmp_path: Path) -> None:
    path = write_canvas(tmp_path, _touchpoints(10))  # one block more than its share
    plain, fitted = tmp_path / "plain.pdf", tmp_path / "fit.pdf"
    runner = CliRunner()
    assert (
        runner.invoke(app, ["render", str(path), "--paper", "a4", "-o", str(plain)]).exit_code == 0
    )
    result = runner.invoke(app, ["render", str(path), "--paper", "a4", "--fit", "-o", str(fitted)])
    assert result.exit_code == 0 and "does not fit" not in result.stderr
    before, after = plain.read_bytes(), fitted.read_bytes()
    assert len(reader(before).pages) > len(reader(after).pages) == 2  # the sheet, the map
    first = squash(" ".join(t for _, _, t in text_positions(after, 0)))
    assert all(squash(f"Point de contact {i}") in first for i in range(10))
    assert min(_sizes(after)) >= 5.99 and min(_sizes(after)) < min(_sizes(before))


@pytest.mark.slow
def test_fit_says_in_one_line_when_a_canvas_cannot_fit(tmp_path: Path) -> None:
    path = write_canvas(tmp_path, big_canvas(touchpoints=40, note_words=50))
    out = tmp_path / "c.pdf"
    result = CliRunner().invoke(
        app, ["render", str(path), "-o", str(out), "--paper", "a4", "--fit"]
    )
    assert result.exit_code == 0 and out.exists()
    said = [line for line in result.stderr.splitlines() if "does not fit" in line]
    assert len(said) == 1
