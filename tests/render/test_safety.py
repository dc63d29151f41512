"""Canvas text is data: markup in every field comes out as text, nothing is fetched or attached."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pytest
from render_helpers import HOSTILE, hostile_canvas, pdf_text, squash

from relcanvas.model import Canvas
from relcanvas.render import canvas_html, canvas_markdown, canvas_pdf
from relcanvas.render.fonts import FACES
from relcanvas.render.pdf import ASSET_SCHEME, new_fetcher


def elements(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Every start tag a browser would see, with its attributes."""
    found: list[tuple[str, list[tuple[str, str | None]]]] = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, attrs))

    Collector().feed(html)
    return found


@pytest.fixture(scope="module")
def canvas() -> Canvas:
    return Canvas.model_validate(hostile_canvas())


@pytest.mark.parametrize("paged", [False, True])
def test_html_has_no_markup_from_user_text(canvas: Canvas, paged: bool) -> None:
    html = canvas_html(canvas, "en", "a4", paged=paged)
    lowered = html.lower()
    for tag in ("<script", "<img", "<link", "<iframe", "<object", "<embed"):
        assert tag not in lowered, tag
    assert lowered.count("<style") == 1  # ours, in the head
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in re.sub(r"\d+\.\d+pt", "", html).split("<body")[1]
    assert [tag for tag, _ in elements(html)].count("style") == 1
    links = [v for _, attrs in elements(html) for k, v in attrs if k in ("src", "href")]
    assert all(v and v.startswith("#") for v in links), links


def test_pdf_fetches_only_the_shipped_fonts_and_attaches_nothing(canvas: Canvas) -> None:
    from pypdf import PdfReader

    fetcher = new_fetcher()
    data = canvas_pdf(canvas, "en", "a4", fetcher=fetcher)
    shipped = {f"{ASSET_SCHEME}fonts/{face.file}" for face in FACES}
    assert fetcher.requested and set(fetcher.requested) <= shipped, fetcher.requested
    reader = PdfReader(io.BytesIO(data))
    assert reader.attachments == {}
    assert "/EmbeddedFiles" not in str(reader.trailer["/Root"].get("/Names", {}))
    text = squash(pdf_text(data))
    assert squash("<script>alert(1)</script>") in text
    assert squash("<link rel=attachment href=file:///etc/hostname>") in text
    assert "root:x:0:0" not in text  # /etc/passwd was never read into the page


def test_fetcher_refuses_files_and_network_but_serves_own_assets() -> None:
    from relcanvas.render.pdf import RefusedURL

    fetcher = new_fetcher()
    for url in (
        "file:///etc/passwd",
        "http://127.0.0.1:9/x.css",
        "https://example.org/a.png",
        "data:text/css,body{}",
        "relcanvas-asset:../../cli.py",
        "relcanvas-asset:fonts/../../../cli.py",
        "relcanvas-asset:/etc/passwd",
    ):
        with pytest.raises(RefusedURL):
            fetcher.fetch(url)
    response = fetcher.fetch("relcanvas-asset:relcanvas.css")
    assert b".sheet" in response.read()
    font = fetcher.fetch("relcanvas-asset:fonts/Lato-Bold.ttf")
    assert font.read()[:4] == b"\x00\x01\x00\x00"  # a TrueType file
    assert len(fetcher.requested) == 9


def test_markdown_escapes_markup(canvas: Canvas) -> None:
    md = canvas_markdown(canvas, "en")
    assert not re.search(r"(?<!\\)<", md), "an unescaped < reaches the Markdown"
    assert "\\<script\\>" in md
    assert "\\[x\\](javascript:alert(1))" in md
    assert HOSTILE.split()[0] not in md
