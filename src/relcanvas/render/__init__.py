"""Rendering canvases for people: HTML (screen and print), PDF and Markdown.

``html`` builds the pages from Jinja2 templates, ``layout`` decides what fits on a printed
sheet from the cards' measured heights, ``pdf`` turns HTML into PDF with WeasyPrint
(imported only there), ``markdown`` writes the text export. This module is the small API
the CLI calls.
"""

from __future__ import annotations

from relcanvas.formats import RENDER_FORMATS as FORMATS
from relcanvas.formats import RENDER_SUFFIXES as SUFFIXES
from relcanvas.model import Canvas
from relcanvas.render.fit import Choice
from relcanvas.render.html import blank_html, canvas_html, canvas_page
from relcanvas.render.layout import PAPERS
from relcanvas.render.markdown import canvas_markdown
from relcanvas.render.view import canvas_view

__all__ = [
    "FORMATS",
    "MAX_PRINTED_ENTRIES",
    "PAPERS",
    "SUFFIXES",
    "Choice",
    "TooLargeToPrint",
    "blank_html",
    "blank_pdf",
    "canvas_html",
    "canvas_markdown",
    "canvas_pdf",
    "check_printable",
]


MAX_PRINTED_ENTRIES = 400
"""Most entries in one block that a PDF is made for: past that, print is no use (and a
render takes minutes); HTML and Markdown have no limit."""


class TooLargeToPrint(ValueError):
    """A canvas with a block too long to print usefully."""


def check_printable(canvas: Canvas, lang: str) -> None:
    """Refuse, in one line and before any rendering, a canvas too large to print."""
    for area in canvas_view(canvas, lang).areas:
        if len(area.entries) > MAX_PRINTED_ENTRIES:
            raise TooLargeToPrint(
                f"{area.title}: {len(area.entries)} entries, more than a PDF prints usefully "
                f"({MAX_PRINTED_ENTRIES} per block); render HTML or Markdown instead"
            )


def canvas_pdf(
    canvas: Canvas,
    lang: str,
    paper: str = "a3",
    fetcher: object = None,
    *,
    fit: bool = False,
    choices: list[Choice] | None = None,
) -> bytes:
    """The printed canvas: the sheet, continuation pages when needed, the relationship map.

    Raises ``TooLargeToPrint`` first when a block holds more than ``MAX_PRINTED_ENTRIES``.
    ``fit`` shrinks the type, down to a legible floor, until the canvas fits one sheet;
    ``choices`` receives the size chosen and whether it fits.

    The "see page N" marks come from the measured layout and are right first time (one
    render; tests/render/test_measure.py). The laid-out pages are still checked: should a
    continuation land elsewhere (a card taller than a page), the page is made again.
    """
    from relcanvas.render.pdf import anchor_pages, render_document, write_pdf

    check_printable(canvas, lang)
    html, expected = canvas_page(canvas, lang, paper, paged=True, fit=fit, choices=choices)
    document = render_document(html, fetcher)
    found = anchor_pages(document, "cont-")
    if found != expected:
        pages = {key: int(n) for key, n in found.items()}
        html, _ = canvas_page(canvas, lang, paper, paged=True, pages=pages, fit=fit)
        document = render_document(html, fetcher)
    authors = [a.name for a in canvas.authors]
    return write_pdf(document, title=canvas.title, authors=authors, lang=lang)


def blank_pdf(
    lang: str, paper: str = "a4", fetcher: object = None, *, with_map: bool = False
) -> bytes:
    """The workshop handout as PDF (``with_map``: and a blank relationship map)."""
    from relcanvas import vocabulary as V
    from relcanvas.render.pdf import html_to_pdf

    html = blank_html(lang, paper, paged=True, with_map=with_map)
    return html_to_pdf(html, title=V.UI["canvas"](lang), authors=[], lang=lang, fetcher=fetcher)
