"""A user template replaces one of ours and extends it, as docs/render.md shows."""

from __future__ import annotations

from pathlib import Path

from render_helpers import small_canvas

from relcanvas.model import Canvas
from relcanvas.render.html import canvas_html, environment

OVERRIDE = """{% extends "default/canvas.html.j2" %}
{% block header %}<header class="mine">Notre en-tête</header>{% endblock %}
"""


def test_a_user_template_extends_the_default_of_the_same_name(tmp_path: Path) -> None:
    (tmp_path / "canvas.html.j2").write_text(OVERRIDE, encoding="utf-8")
    canvas = Canvas.model_validate(small_canvas())
    page = canvas_html(canvas, "fr", env=environment([tmp_path]))
    assert '<header class="mine">Notre en-tête</header>' in page
    assert 'class="canvas-header"' not in page  # the block was replaced...
    assert "block-touchpoints" in page and "Atelier de lancement" in page  # ...not the rest


def test_without_a_user_folder_the_defaults_are_served_under_both_names() -> None:
    env = environment()
    assert env.get_template("default/canvas.html.j2").render is not None
    assert (
        env.get_template("canvas.html.j2").filename
        == env.get_template("default/canvas.html.j2").filename
    )
