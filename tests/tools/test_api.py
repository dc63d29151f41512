"""The Python API, used as a user imports it: ``import relcanvas``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tools_helpers import EXAMPLES, ROOT, VENV_BIN

import relcanvas

EN = next(p for p in EXAMPLES if p.name.endswith(".en.yaml"))
FR = next(p for p in EXAMPLES if p.name.endswith(".fr.yaml"))


def test_load_a_path_text_or_bytes() -> None:
    canvas = relcanvas.load(EN)
    assert isinstance(canvas, relcanvas.Canvas)
    assert relcanvas.load(str(EN)) == canvas
    assert relcanvas.load(EN.read_bytes()) == canvas
    assert relcanvas.load(EN.read_text(encoding="utf-8")) == canvas


def test_invalid_canvas_carries_every_problem() -> None:
    with pytest.raises(relcanvas.InvalidCanvas) as caught:
        relcanvas.load("relcanvas: 1\ntitel: Oops\nlanguage: klingon\n")
    codes = [(p.code, p.line) for p in caught.value.problems]
    assert codes == [("RC013", 1), ("RC011", 2), ("RC012", 3)]
    assert "3 problems" in str(caught.value) and isinstance(caught.value, ValueError)


def test_unreadable_file_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(relcanvas.SourceError, match="no such file"):
        relcanvas.load(tmp_path / "missing.yaml")


def test_lint_finds_the_config_like_the_cli(tmp_path: Path) -> None:
    canvas = tmp_path / "canvas.yaml"
    canvas.write_text("relcanvas: 1\ntitle: Bare\n", encoding="utf-8")
    found = relcanvas.lint(canvas)
    assert found and all(isinstance(f, relcanvas.Finding) for f in found)
    codes = {f.code for f in found}
    ignored = sorted(codes)[0]
    (tmp_path / ".relcanvas.toml").write_text(f'ignore = ["{ignored}"]\n', encoding="utf-8")
    assert ignored not in {f.code for f in relcanvas.lint(canvas)}
    assert {f.code for f in relcanvas.lint(canvas)} == codes - {ignored}


def test_lint_takes_an_explicit_config_and_a_loaded_canvas(tmp_path: Path) -> None:
    config = tmp_path / "strict.toml"
    config.write_text('select = ["RC1"]\n', encoding="utf-8")
    text = "relcanvas: 1\ntitle: Bare\n"
    assert all(f.code.startswith("RC1") for f in relcanvas.lint(text, config=config))
    assert relcanvas.lint(relcanvas.load(EN)) == []


def test_lint_reports_an_invalid_file_as_findings() -> None:
    found = relcanvas.lint("relcanvas: 1\ntitel: Oops\n")
    assert [(f.code, f.severity.value) for f in found] == [("RC013", "error"), ("RC011", "error")]


def test_diff_lists_the_changes() -> None:
    text = EN.read_text(encoding="utf-8")
    changed = text.replace("title: BrightBox -", "title: BrightBox 2 -")
    assert relcanvas.diff(EN, EN) == []
    (change,) = relcanvas.diff(EN, changed)
    assert isinstance(change, relcanvas.Change)
    assert change.field == "title" and change.new.startswith("BrightBox 2")


def test_render_html_markdown_and_pdf() -> None:
    canvas = relcanvas.load(FR)
    page = relcanvas.render(canvas)
    assert page.startswith("<!DOCTYPE html>") and 'lang="fr"' in page
    assert 'lang="en"' in relcanvas.render(canvas, "html", lang="en")
    assert relcanvas.render(FR, "md") == relcanvas.render(canvas, "markdown")
    assert relcanvas.render(canvas, "pdf", paper="a4").startswith(b"%PDF-")


@pytest.mark.parametrize(("option", "value"), [("format", "docx"), ("paper", "b5"), ("lang", "de")])
def test_render_refuses_unknown_choices(option: str, value: str) -> None:
    with pytest.raises(ValueError, match=value):
        relcanvas.render(EN, **{option: value})  # type: ignore[arg-type]


def test_a_canvas_shows_as_its_sheet_in_jupyter() -> None:
    shown = relcanvas.load(EN)._repr_html_()
    assert shown.startswith("<iframe") and "srcdoc=" in shown
    assert "&lt;!DOCTYPE html&gt;" in shown and "BrightBox" in shown


def test_the_subpackages_stay_importable_and_callable() -> None:
    from relcanvas import render as package
    from relcanvas.diff import compare

    assert relcanvas.diff.compare is compare and callable(relcanvas.diff)
    assert hasattr(package, "canvas_pdf") and callable(relcanvas.lint)


def test_import_is_cheap() -> None:
    probe = "import sys, relcanvas; print(sorted(m for m in sys.modules if 'relcanvas' in m))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip() == "['relcanvas', 'relcanvas._version']"  # a constant only


def test_the_api_is_typed(tmp_path: Path) -> None:
    """mypy sees the API's types through py.typed (a wrong one makes it fail)."""
    script = tmp_path / "use.py"
    script.write_text(
        "import relcanvas\n"
        "canvas: relcanvas.Canvas = relcanvas.load('x.yaml')\n"
        "pdf: bytes = relcanvas.render(canvas, 'pdf')\n"
        "page: str = relcanvas.render(canvas, 'html', paper='a4', lang='en')\n"
        "found: list[relcanvas.Finding] = relcanvas.lint(canvas)\n"
        "changes: list[relcanvas.Change] = relcanvas.diff(canvas, 'y.yaml')\n"
        "wrong: str = relcanvas.render(canvas, 'pdf')\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [str(VENV_BIN / "mypy"), "--strict", "--no-incremental", str(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "use.py:7:" in errors[0], done.stdout
