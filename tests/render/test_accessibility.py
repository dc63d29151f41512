"""The HTML page for every reader: a ``<main>``, headings in order, the map's values in
words a screen reader reads, text contrast of at least 4.5:1 computed from the colours the
stylesheet gives text, and chip borders dark and thick enough for a laser printer."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest
from markupsafe import escape

from relcanvas.loader import load_path
from relcanvas.render import blank_html, canvas_html
from relcanvas.render.html import asset_text
from relcanvas.render.view import canvas_view

EXAMPLES = sorted(Path(__file__).parents[2].joinpath("examples").glob("*.yaml"))
CSS = asset_text("relcanvas.css")
ROOT = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;", CSS))
LIGHT = ("paper", "tint", "accent-soft", "mot-soft")
"""The light grounds text sits on (a rule that sets no background of its own)."""


def _colour(value: str) -> str | None:
    value = value.strip()
    if value in ("#fff", "#ffffff", "white"):
        return "#ffffff"
    if found := re.fullmatch(r"var\(--([a-z-]+)\)", value):
        return ROOT.get(found.group(1))
    return value if re.fullmatch(r"#[0-9a-fA-F]{6}", value) else None


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _rules() -> list[tuple[str, dict[str, str]]]:
    """(selector, declarations) of every rule, nested at-rules flattened."""
    out = []
    for selector, body in re.findall(
        r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", CSS, flags=re.S)
    ):
        declarations = dict(
            (k.strip(), v.strip()) for k, _, v in (d.partition(":") for d in body.split(";")) if v
        )
        out.append((selector.strip(), declarations))
    return out


def test_text_contrast_is_at_least_4_5_to_1() -> None:
    checked = 0
    for selector, d in _rules():
        fg = _colour(d.get("color", ""))
        own = _colour(d.get("background", d.get("background-color", "")))
        if fg is None and own is not None and _luminance(own) < 0.2:
            fg = "#ffffff"  # text on a dark ground is white
        if fg is None:
            continue
        grounds = [own] if own else [ROOT[name] for name in LIGHT]
        for ground in grounds:
            assert contrast(fg, ground) >= 4.5, (selector, fg, ground)
            checked += 1
    assert checked > 30


def test_chip_borders_survive_a_laser_printer() -> None:
    rules = dict(_rules())
    for selector in (".chip", ".tp", ".seg-key", ".meter i"):
        border = rules[selector]["border"]
        width, _, colour = border.split(maxsplit=2)
        assert float(width.removesuffix("pt")) >= 0.75, selector
        found = _colour(colour)
        assert found is not None and contrast(found, "#ffffff") >= 3, selector


class _Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.levels: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if re.fullmatch(r"h[1-6]", tag):
            self.levels.append(int(tag[1]))


def _outline(html: str) -> _Outline:
    parser = _Outline()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_a_main_landmark_and_headings_in_order(path: Path) -> None:
    canvas = load_path(str(path)).canvas
    assert canvas is not None
    for html in (canvas_html(canvas, str(canvas.language)), blank_html("fr", with_map=True)):
        outline = _outline(html)
        assert outline.tags.count("main") == 1
        levels = outline.levels
        assert levels[0] == 1 and levels.count(1) == 1
        jumps = [(a, b) for a, b in pairwise(levels) if b > a + 1]
        assert not jumps


def test_the_maps_values_are_in_words_for_a_screen_reader() -> None:
    canvas = load_path(str(EXAMPLES[0])).canvas
    assert canvas is not None
    html = canvas_html(canvas, "fr")
    view = canvas_view(canvas, "fr")
    table = html[html.index('<table class="map"') :]
    for row in view.map.rows:
        head = table[table.index(str(escape(row.segment))) :]
        head = head[: head.index("</th>")]
        for gauge in row.gauges:  # each level in words, beside squares hidden from readers
            text = f'<span class="g-text">{escape(gauge.text)}</span>'
            assert str(escape(gauge.name)) in head and text in head
        assert 'aria-hidden="true"' in head or not row.gauges
    assert "<svg" not in table
