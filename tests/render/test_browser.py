"""The HTML page in a real browser (Debian's Chromium, headless, driven by Playwright)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from render_helpers import ARTIFACTS, big_canvas, hostile_canvas, spec_example

from relcanvas import vocabulary as V
from relcanvas.model import Canvas
from relcanvas.render import blank_html, canvas_html

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

# `make ci` installs Chromium and sets RELCANVAS_REQUIRE_BROWSER, so that there a missing
# browser fails the run instead of skipping the tests quietly.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() and not os.environ.get("RELCANVAS_REQUIRE_BROWSER"),
        reason="needs Debian's /usr/bin/chromium (make ci installs it)",
    ),
]

OVERFLOWING = """
() => {
  const out = [];
  for (const block of document.querySelectorAll('.block, .band-area, .canvas-header')) {
    const box = block.getBoundingClientRect();
    for (const el of block.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 ||
          r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
        out.push(block.id + ' > ' + el.tagName + '.' + el.className);
    }
    if (block.scrollWidth > block.clientWidth + 1) out.push(block.id + ' scrolls');
  }
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) out.push('page scrolls sideways');
  return out;
}
"""


@pytest.fixture(scope="module")
def browser() -> Any:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield launched
        launched.close()


def open_page(browser: Any, html: str) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    requested: list[str] = []

    def refuse(route: Any) -> None:
        requested.append(route.request.url)
        route.abort()

    page.route("**/*", refuse)
    page.set_content(html, wait_until="load")
    return page, requested


def block_boxes(page: Any) -> list[dict[str, float]]:
    boxes = []
    for block in V.BLOCKS:
        box = page.locator(f"#block-{block.key}").bounding_box()
        assert box is not None, block.key
        boxes.append(box)
    return boxes


def assert_sheet_order(boxes: list[dict[str, float]]) -> None:
    """Row 1: blocks 1-3 left to right; row 2: blocks 4-6 under them, columns aligned."""
    top, bottom = boxes[:3], boxes[3:]
    for row in (top, bottom):
        assert row[0]["x"] < row[1]["x"] < row[2]["x"]
        assert len({round(b["y"]) for b in row}) == 1
    assert min(b["y"] for b in bottom) >= max(b["y"] + b["height"] for b in top) - 1
    for upper, lower in zip(top, bottom, strict=True):
        assert abs(upper["x"] - lower["x"]) < 1 and abs(upper["width"] - lower["width"]) < 1


@pytest.mark.parametrize("name", ["spec", "big", "hostile"])
def test_six_blocks_in_3x2_and_nothing_overflows(browser: Any, name: str) -> None:
    data = {"spec": spec_example, "big": big_canvas, "hostile": hostile_canvas}[name]()
    html = canvas_html(Canvas.model_validate(data), "fr", "a3")
    page, requested = open_page(browser, html)
    try:
        assert_sheet_order(block_boxes(page))
        assert page.evaluate(OVERFLOWING) == []
        # Long words in the header wrap: the title keeps most of the header's width.
        title = page.locator(".canvas-header h1").bounding_box()
        header = page.locator(".canvas-header").bounding_box()
        assert title is not None and header is not None
        assert title["width"] > header["width"] / 3
        assert page.locator("script").count() == 0
        assert page.locator("img").count() == 0
        assert requested == []
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"render-{name}-1440x900.png"))
    finally:
        page.close()


def test_blank_handout_in_browser(browser: Any) -> None:
    page, requested = open_page(browser, blank_html("en", "a4"))
    try:
        assert_sheet_order(block_boxes(page))
        assert page.evaluate(OVERFLOWING) == []
        assert requested == []
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "render-blank-1440x900.png"), full_page=True)
    finally:
        page.close()


def test_at_phone_width_blocks_stack_and_nothing_scrolls_sideways(browser: Any) -> None:
    html = canvas_html(Canvas.model_validate(big_canvas(touchpoints=12)), "fr", "a3")
    page = browser.new_page(viewport={"width": 390, "height": 900})
    try:
        page.set_content(html, wait_until="load")
        assert page.evaluate(OVERFLOWING) == []
        boxes = block_boxes(page)
        assert all(b["width"] > 300 for b in boxes)  # one block under the other
        assert [b["y"] for b in boxes] == sorted(b["y"] for b in boxes)
        title = page.locator(".canvas-header h1").bounding_box()
        assert title is not None and title["width"] > 300  # the header is readable
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "render-spec-390x900.png"))
    finally:
        page.close()


def test_printed_from_the_browser_the_footer_ends_the_document(browser: Any) -> None:
    import io

    pypdf = pytest.importorskip("pypdf")
    html = canvas_html(Canvas.model_validate(spec_example()), "fr", "a3")
    page, _ = open_page(browser, html)
    try:
        data = page.pdf(format="A3", landscape=True, print_background=True)
    finally:
        page.close()
    pages = [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages]
    first_line = pages[0].strip().splitlines()[0]
    assert "relcanvas" not in first_line  # the footer is not printed at the top
    assert "relcanvas" in pages[-1]
    assert len(pages[-1].strip().splitlines()) > 2  # no last page holding the footer alone
