"""French typesetting on the page's text: the right spaces in French, English left alone."""

from __future__ import annotations

import html as html_lib
import re

from render_helpers import small_canvas

from relcanvas.model import Canvas
from relcanvas.render import canvas_html, canvas_markdown
from relcanvas.render.typeset import NBSP, NNBSP, typeset

FRENCH = "Pourquoi ? Vraiment ! Objectif : 50 k€ ; taux 80 % en 3 mois, « fidèle » 12 000 clients"


def test_french_spaces_are_set_by_the_typesetter() -> None:
    out = typeset(FRENCH, "fr")
    assert f"Pourquoi{NNBSP}?" in out and f"Vraiment{NNBSP}!" in out
    assert f"Objectif{NBSP}:" in out and f"k€{NNBSP};" in out
    assert f"50{NBSP}k€" in out and f"80{NBSP}%" in out and f"3{NBSP}mois" in out
    assert f"«{NBSP}fidèle{NBSP}»" in out and f"12{NNBSP}000" in out
    assert typeset(out, "fr") == out  # twice is once
    assert typeset("«mot»", "fr") == f"«{NBSP}mot{NBSP}»"


def test_french_rules_leave_what_they_should_alone() -> None:
    for text in ("https://exemple.fr/a?b=1", "12:30", "v2.0;x", "en 2026 100 clients"):
        assert typeset(text, "fr").replace(NBSP, " ") == text


def test_english_keeps_english_rules_and_own_text_gets_apostrophes() -> None:
    assert typeset(FRENCH, "en") == FRENCH
    assert typeset("customer's", "en", own=True) == "customer’s"
    assert typeset("l'accueil", "fr") == "l'accueil"  # the canvas's text as typed
    assert typeset("Qu'est-ce ?", "fr", own=True) == f"Qu’est-ce{NNBSP}?"


def _canvas(lang: str) -> Canvas:
    data = small_canvas()
    data["language"] = lang
    data["touchpoints"][0]["objective"] = FRENCH
    return Canvas.model_validate(data)


def _text(page: str) -> str:
    body = re.sub(r"<style>.*?</style>", "", page, flags=re.S)
    return html_lib.unescape(re.sub(r"<[^>]+>", "", body))


def test_the_html_text_is_typeset_in_french() -> None:
    page = canvas_html(_canvas("fr"), "fr")
    text = _text(page)
    assert f"Pourquoi{NNBSP}?" in text and f"50{NBSP}k€" in text
    assert f"«{NBSP}fidèle{NBSP}»" in text
    assert "'" not in text  # the tool's own labels: typographic apostrophes
    assert re.search(r"\w ?[?!;]", text.replace("https://", "")) is None
    assert 'lang="fr"' in page and "hyphens: auto" in page


def test_the_html_text_keeps_english_rules_in_english() -> None:
    text = _text(canvas_html(_canvas("en"), "en"))
    assert "Pourquoi ? Vraiment !" in text and NNBSP not in text


def test_markdown_keeps_the_french_spaces() -> None:
    md = canvas_markdown(_canvas("fr"), "fr")
    assert f"Pourquoi{NNBSP}?" in md and f"50{NBSP}k€" in md
