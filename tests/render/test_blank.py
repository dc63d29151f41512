"""The blank handout as a facilitator uses it: a suggested time for each filling step, and
on request (``--with-map``) a blank relationship map to fill in, read back with pypdf."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from render_helpers import squash
from typer.testing import CliRunner

from relcanvas import vocabulary as V
from relcanvas.cli import app
from relcanvas.i18n import t
from relcanvas.render.html import STEP_MINUTES

pypdf = pytest.importorskip("pypdf")


def _pages(path: Path) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return [squash(page.extract_text() or "") for page in reader.pages]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_with_map_adds_a_blank_map_and_steps_have_times(tmp_path: Path, lang: str) -> None:
    out = tmp_path / "handout.pdf"
    args = ["render", "--blank", "--with-map", "--lang", lang, "-o", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    sheet, steps, blank_map = _pages(out)
    for minutes in STEP_MINUTES:
        assert squash(t("render.step_time", lang, minutes=minutes)) in steps
    assert squash(t("render.total_time", lang, minutes=sum(STEP_MINUTES))) in steps
    for phase in V.PHASE.ids:
        assert squash(V.PHASE.label(phase, lang).upper()) in blank_map.upper()
    assert squash(V.UI["human_contact"](lang)) in blank_map
    assert "relationship_map" not in sheet


def test_without_with_map_the_handout_has_no_map(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    assert CliRunner().invoke(app, ["render", "--blank", "-o", str(out)]).exit_code == 0
    assert len(_pages(out)) == 2


def test_with_map_needs_blank(tmp_path: Path) -> None:
    canvas = Path(__file__).parents[2] / "examples" / "brightbox-b2c.en.yaml"
    out = tmp_path / "c.html"
    result = CliRunner().invoke(app, ["render", str(canvas), "--with-map", "-o", str(out)])
    assert result.exit_code == 2 and "--blank" in result.stderr and not out.exists()
