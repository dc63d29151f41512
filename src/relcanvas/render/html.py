"""HTML pages from Jinja2 templates: one configured environment, autoescaped, strict.

The templates are made for overriding: a folder given in ``template_dirs`` is searched
before the package's own, and each page is cut into small named blocks (header, sheet,
band, continuation, map) that a user template can replace with ``{% extends %}``.
Everything a screen page needs is inlined (styles; no fonts, images or scripts are fetched),
so one file is the whole page. A page made for PDF also names the shipped fonts, which only
relcanvas's own URL fetcher serves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    PrefixLoader,
    StrictUndefined,
)
from markupsafe import Markup

from relcanvas import __version__
from relcanvas import vocabulary as V
from relcanvas.i18n import t
from relcanvas.model import Canvas
from relcanvas.render.fit import Choice, choose
from relcanvas.render.fonts import FONT_STACK, font_face_rules
from relcanvas.render.geometry import Metrics
from relcanvas.render.header import fit_header
from relcanvas.render.keys import segment_key
from relcanvas.render.layout import CanvasLayout, Continued, plan, unmeasured
from relcanvas.render.measure import PAGE_NUMBER, SHEET_HEIGHT, Box
from relcanvas.render.pdf import ASSET_SCHEME
from relcanvas.render.typeset import typeset
from relcanvas.render.view import CanvasView, blank_blocks, canvas_view

ASSETS = "assets"
STYLESHEET = "relcanvas.css"


DEFAULT_PREFIX = "default"
"""The package's own templates are also served as ``default/NAME``, as pdoc does."""


def environment(template_dirs: Sequence[str | Path] = ()) -> Environment:
    """The one Jinja2 environment: user folders first, then the package's templates.

    A user template may replace one of ours and still extend it: ``canvas.html.j2`` in a
    user folder starts with ``{% extends "default/canvas.html.j2" %}`` (extending
    ``canvas.html.j2`` would name itself and recurse).
    """
    package = PackageLoader("relcanvas.render", "templates")
    loaders: list[Any] = (
        [FileSystemLoader([str(d) for d in template_dirs])] if template_dirs else []
    )
    loaders += [PrefixLoader({DEFAULT_PREFIX: package}), package]
    return Environment(
        loader=ChoiceLoader(loaders),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=1)
def _default_environment() -> Environment:
    return environment()


def asset_text(name: str) -> str:
    """A file of the package's ``assets`` folder."""
    return resources.files("relcanvas.render").joinpath(ASSETS, name).read_text("utf-8")


_VAR = re.compile(r"var\(--([a-z-]+)\)")
_DECLARATION = re.compile(r"^\s*--([a-z-]+):\s*([^;]+);", re.MULTILINE)


def stylesheet(metrics: Metrics, paged: bool = False) -> str:
    """The package stylesheet with every ``var(--x)`` replaced by its value for this paper.

    WeasyPrint resolves custom properties only in some places, so the values are written
    out: sizes from the paper's metrics, colours and fonts from the stylesheet's ``:root``.
    A paged (PDF) sheet is set in the fonts the package ships, never in the machine's own.
    """
    css = asset_text(STYLESHEET)
    values = _declarations(css)
    values.update({k.replace("_", "-"): v for k, v in metrics.css.items()})
    values["font"] = font_family(paged)
    if paged:
        css = font_face_rules(ASSET_SCHEME) + "\n" + css
    return _VAR.sub(lambda m: values.get(m.group(1), m.group(0)), css)


def _declarations(css: str) -> dict[str, str]:
    return {name: value.strip() for name, value in _DECLARATION.findall(css)}


def font_family(paged: bool) -> str:
    """The font stack: the shipped fonts for PDF, the stylesheet's own for a screen page."""
    return FONT_STACK if paged else _declarations(asset_text(STYLESHEET))["font"]


def _labels(lang: str) -> dict[str, str]:
    return {key: typeset(text(lang), lang, own=True) for key, text in V.UI.items()}


@dataclass(frozen=True)
class Page:
    """What a template receives besides the view: language, mode and sizes."""

    lang: str
    paged: bool
    metrics: Metrics


def _context(page: Page) -> dict[str, Any]:
    return {
        "lang": page.lang,
        "labels": _labels(page.lang),
        "version": __version__,
        "mode": "paged" if page.paged else "screen",
        "font_family": font_family(page.paged),
        # our own file, never user text:
        "stylesheet": Markup(stylesheet(page.metrics, page.paged)),
    }


class _AnyPage(dict[str, str]):
    """The "see page N" numbers while measuring: two digits, like most."""

    def __missing__(self, key: str) -> str:
        return PAGE_NUMBER


def _measurer(env: Environment, lang: str, metrics: Metrics) -> Any:
    """Lays out a measuring document of boxes (cards at their areas' widths) with WeasyPrint."""
    from relcanvas.render.pdf import render_document

    def render(boxes: list[Box]) -> Any:
        html = env.get_template("measure.html.j2").render(
            boxes=boxes,
            see_pages=_AnyPage(),
            sheet_width=max(b.width for b in boxes) + 2,
            sheet_height=SHEET_HEIGHT,
            gap=metrics.gap,
            **_context(Page(lang, True, metrics)),
        )
        return render_document(html).pages

    return render


def canvas_html(
    canvas: Canvas,
    lang: str,
    paper: str = "a3",
    *,
    paged: bool = False,
    env: Environment | None = None,
    pages: Mapping[str, int] | None = None,
) -> str:
    """The canvas as one HTML page; ``paged`` fits the sheet to ``paper`` for PDF output."""
    return canvas_page(canvas, lang, paper, paged=paged, env=env, pages=pages)[0]


def canvas_plan(
    view: CanvasView,
    paper: str,
    *,
    paged: bool = True,
    env: Environment | None = None,
    fit: bool = False,
) -> tuple[CanvasLayout, tuple[Continued, ...]]:
    """What the sheet shows and what continues: measured for print, everything on screen."""
    return canvas_choice(view, paper, paged=paged, env=env, fit=fit).plan


def canvas_choice(
    view: CanvasView,
    paper: str,
    *,
    paged: bool = True,
    env: Environment | None = None,
    fit: bool = False,
) -> Choice:
    """The measured layout at the type size ``--fit`` or a poster asks for (see ``fit``)."""
    facts = [
        (V.UI[key](view.lang), text)
        for key, text in (("version", view.version), ("updated", view.updated))
        if text
    ]
    authors = (V.UI["authors"](view.lang), ", ".join(view.authors)) if view.authors else None
    areas = (view.blocks, view.segments, view.indicators)
    base = Metrics.for_paper(paper)

    def attempt(type_scale: float, squeeze: float) -> tuple[CanvasLayout, tuple[Continued, ...]]:
        sized = replace(base, type_scale=type_scale, squeeze=squeeze)
        metrics = fit_header(view.title, view.organization, facts, authors, sized)
        measurer = _measurer(env or _default_environment(), view.lang, metrics)
        return plan(*areas, metrics, measurer)

    if not paged:
        metrics = fit_header(view.title, view.organization, facts, authors, base)
        return Choice((unmeasured(*areas, metrics), ()), 1.0, True)
    return choose(attempt, paper, fit)


def canvas_page(
    canvas: Canvas,
    lang: str,
    paper: str = "a3",
    *,
    paged: bool = False,
    env: Environment | None = None,
    pages: Mapping[str, int] | None = None,
    fit: bool = False,
    choices: list[Choice] | None = None,
) -> tuple[str, dict[str, str]]:
    """The canvas page and the page number each "see page N" mark names, by anchor.

    The numbers are written as text, from the measured layout: a CSS ``target-counter``
    would make WeasyPrint lay the sheet out twice. ``pages`` overrides them (the PDF
    writer passes the pages it found should one be wrong). ``choices`` receives the type
    size chosen and whether everything fits on the sheet (``--fit``).
    """
    env = env or _default_environment()
    view = canvas_view(canvas, lang)
    choice = canvas_choice(view, paper, paged=paged, env=env, fit=fit)
    if choices is not None:
        choices.append(choice)
    layout, continued = choice.plan
    metrics = layout.metrics  # the band may have grown into the blocks' spare room
    numbers = {f"cont-{c.area.key}": c.page for c in continued}
    numbers.update(pages or {})
    html = env.get_template("canvas.html.j2").render(
        view=view,
        layout=layout,
        continued=continued,
        see_pages={key.removeprefix("cont-"): n for key, n in numbers.items()},
        map_row_height=map_row_height(metrics, len(view.map.rows)) if paged else "",
        **_context(Page(lang, paged, metrics)),
    )
    return html, {key: str(n) for key, n in numbers.items()}


STEP_MINUTES = (20, 30, 25, 25)
"""Suggested time for each filling step of a workshop (``vocabulary.FILLING_ORDER``)."""
BLANK_MAP_ROWS = 6
"""Rows of the blank relationship map: one per segment, as many as a workshop names."""


MAP_FILLS = 6
"""A map of this many segments or fewer fills its page; a longer one runs over pages."""


def map_row_height(m: Metrics, rows: int) -> str:
    """The height of each row of a map that fills its page, or "" when it runs on."""
    if rows > MAP_FILLS or rows == 0:
        return ""
    head = m.small * 1.3 + m.title * 1.1 + 2 * m.subtitle * 1.3 + 3.3 * m.gap + m.rule
    legend = 3 * m.small * 1.5 + m.gap
    columns_head = m.small * 1.3 * 2 + 2 * m.entry_pad + 6
    room = (m.content_height - head - legend - columns_head) * 0.92
    return f"{room / rows - 3:.1f}pt"


def blank_html(
    lang: str,
    paper: str = "a4",
    *,
    paged: bool = False,
    env: Environment | None = None,
    with_map: bool = False,
) -> str:
    """The workshop handout: the six blocks to fill by hand, then the filling order, each
    step with a suggested time; ``with_map`` adds a blank relationship map to fill in."""
    metrics = Metrics.for_paper(paper)
    steps = [
        {
            "title": typeset(title(lang), lang, own=True),
            "text": typeset(text(lang), lang, own=True),
            "time": typeset(t("render.step_time", lang, minutes=minutes), lang, own=True),
            "blocks": [
                {
                    "number": V.BLOCK_BY_KEY[k].number,
                    "title": typeset(V.BLOCK_BY_KEY[k].title(lang), lang, own=True),
                }
                for k in keys
            ],
        }
        for (title, text, keys), minutes in zip(V.FILLING_ORDER, STEP_MINUTES, strict=True)
    ]
    template = (env or _default_environment()).get_template("blank.html.j2")
    return template.render(
        blocks=blank_blocks(lang),
        steps=steps,
        total_time=typeset(t("render.total_time", lang, minutes=sum(STEP_MINUTES)), lang),
        blank_map=_blank_map(lang, metrics) if with_map else None,
        **_context(Page(lang, paged, metrics)),
    )


def _blank_map(lang: str, m: Metrics) -> dict[str, Any]:
    """What the blank map page shows: the phases across, empty rows for the segments."""
    gauges = ("human_contact", "personalization", "automation")
    head = 140 * m.scale  # the page's title, intro, column heads, legend, cell spacing
    return {
        "intro": typeset(t("render.blank_map_intro", lang), lang, own=True),
        "key": typeset(t("render.blank_key", lang), lang, own=True),
        "phases": [typeset(V.PHASE.label(p, lang), lang, own=True) for p in V.PHASE.ids],
        "gauges": [typeset(V.UI[g](lang), lang, own=True) for g in gauges],
        "rows": [segment_key(i) for i in range(BLANK_MAP_ROWS)],
        "row_height": f"{(m.content_height - head) / BLANK_MAP_ROWS:.1f}pt",
    }
