"""The HTML timeline in a real browser (Debian's Chromium, headless, driven by Playwright)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from relcanvas.cli import app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
SHOTS = Path(os.environ.get("RELCANVAS_SHOTS", "")) if os.environ.get("RELCANVAS_SHOTS") else None

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
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) out.push('page scrolls sideways');
  for (const box of document.querySelectorAll('figure.chart, ol.decisions > li, h1, footer')) {
    const outer = box.getBoundingClientRect();
    if (outer.right > root.clientWidth + 0.5) out.push(box.tagName + ' past the page');
    for (const el of box.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < outer.left - 0.5 || r.right > outer.right + 0.5)
        out.push(box.tagName + ' > ' + el.tagName + ' ' + (el.textContent || '').slice(0, 30));
    }
  }
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


@pytest.fixture(scope="module")
def timeline(canvas_path: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("timeline") / "timeline.html"
    result = CliRunner().invoke(app, ["log", "--format", "html", "-o", str(out), str(canvas_path)])
    assert result.exit_code == 0, result.output
    return out.read_text()


@pytest.mark.parametrize("width", [1280, 390])
def test_nothing_overflows_and_one_chart_per_segment(
    browser: Any, timeline: str, width: int
) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    requested: list[str] = []

    def refuse(route: Any) -> None:
        requested.append(route.request.url)
        route.abort()

    page.route("**/*", refuse)
    page.set_content(timeline, wait_until="load")
    try:
        assert page.evaluate(OVERFLOWING) == []
        captions = page.eval_on_selector_all(
            "figure.chart figcaption", "e => e.map(x => x.textContent)"
        )
        assert captions == ["Families on a weekly plan", "Flexible duos", "One-off gift boxes"]
        assert page.eval_on_selector_all("figure.chart svg", "e => e.length") == 3
        # Each chart draws its three levels, and the lowered ones step.
        steps = page.eval_on_selector_all(
            "figure.chart", "e => e.map(f => f.querySelectorAll('path.series').length)"
        )
        assert steps == [3, 3, 3]
        assert page.eval_on_selector_all("script", "e => e.length") == 0
        assert requested == []
        if SHOTS is not None:
            page.screenshot(path=str(SHOTS / f"timeline-{width}.png"), full_page=True)
    finally:
        page.close()
