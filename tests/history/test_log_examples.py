"""Every example, committed and edited, logged in every format through the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from history_repo import Builder
from typer.testing import CliRunner

from relcanvas.cli import app

EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.yaml"))


def _lowered(text: str) -> str:
    """The first human contact lowered one step (written as a label or as an id)."""
    steps = {"high": "medium", "Élevé": "Moyen", "medium": "low", "Moyen": "Faible"}
    found = re.search(r"human_contact: (high|medium|Élevé|Moyen)\n", text)
    assert found is not None
    start, end = found.span(1)
    return text[:start] + steps[found.group(1)] + text[end:]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_every_format(example: Path, tmp_path: Path) -> None:
    b = Builder(tmp_path)
    text = example.read_text()
    b.commit("canvas.yaml", text, "first")
    b.commit("canvas.yaml", "# reviewed\n" + text, "comment")
    b.commit("canvas.yaml", "# reviewed\n" + _lowered(text), "lower human contact")
    path = str(tmp_path / "canvas.yaml")
    runner = CliRunner()
    for fmt in ("text", "markdown", "json", "html"):
        result = runner.invoke(app, ["log", "--format", fmt, path])
        assert result.exit_code == 0, result.output
        assert "lower human contact" in result.stdout
    data = json.loads(runner.invoke(app, ["log", "--format", "json", path]).stdout)
    assert [c["status"] for c in data["commits"]] == ["strategic", "form", "strategic"]
    (change,) = data["commits"][0]["changes"]
    assert (change["field"], change["direction"]) == ("human_contact", "decrease")
