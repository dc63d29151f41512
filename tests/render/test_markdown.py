"""The Markdown export: every block in the sheet's order, labels resolved, all text kept."""

from __future__ import annotations

from render_helpers import big_canvas, spec_example

from relcanvas import vocabulary as V
from relcanvas.model import Canvas
from relcanvas.render import canvas_markdown
from relcanvas.render.markdown import escape
from relcanvas.render.view import canvas_view


def test_blocks_in_sheet_order_with_questions() -> None:
    md = canvas_markdown(Canvas.model_validate(spec_example()), "en")
    positions = [md.index(f"## {b.number}. {b.title('en')}") for b in V.BLOCKS]
    assert positions == sorted(positions)
    for block in V.BLOCKS:
        assert escape(block.question("en")) in md
    assert "relcanvas" in md and V.UI["credit"]("en") in md


def test_references_and_levels_are_resolved() -> None:
    data = spec_example()
    canvas = Canvas.model_validate(data)
    md = canvas_markdown(canvas, "fr")
    segment = canvas.segments[0]
    assert f"Segments\u00a0: {segment.name}" in md
    assert "Contact humain\u00a0: ●●● Élevé" in md
    assert "★ Moment de vérité" in md


def test_colons_follow_each_languages_typography() -> None:
    canvas = Canvas.model_validate(spec_example())
    assert "- **Organisation**\u00a0: Atelier Nord SA" in canvas_markdown(canvas, "fr")
    english = canvas_markdown(canvas, "en")
    assert "- **Organisation**: Atelier Nord SA" in english
    assert " :" not in english


def test_every_word_of_a_large_canvas_is_kept() -> None:
    canvas = Canvas.model_validate(big_canvas(touchpoints=20, note_words=300))
    md = canvas_markdown(canvas, "fr")
    for area in canvas_view(canvas, "fr").areas:
        for entry in area.entries:
            for text in entry.texts():
                assert escape(text) in md


def test_html_colons_follow_each_languages_typography() -> None:
    from relcanvas.render import canvas_html

    canvas = Canvas.model_validate(spec_example())
    assert "Objective:</span>" in canvas_html(canvas, "en")
    assert "Objectif\u00a0:</span>" in canvas_html(canvas, "fr")
