"""`relcanvas render` as users meet it: formats, paper, stdout, refusals, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from render_helpers import small_canvas, spec_example, write_canvas
from typer.testing import CliRunner

from relcanvas.cli import app

runner = CliRunner()


@pytest.fixture
def canvas(tmp_path: Path) -> Path:
    return write_canvas(tmp_path, spec_example())


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["render", *args])
    return result.exit_code, result.stdout, result.stderr


def test_html_by_extension(canvas: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.html"
    code, _, _ = run(str(canvas), "-o", str(out))
    assert code == 0
    html = out.read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert 'lang="fr"' in html  # the spec canvas is in French
    assert "Points de contact" in html


def test_lang_option_overrides_canvas_language(canvas: Path) -> None:
    code, out, _ = run(str(canvas), "-o", "-", "--format", "html", "--lang", "en")
    assert code == 0
    assert 'lang="en"' in out and "Touchpoints" in out and "Points de contact" not in out


def test_markdown_to_stdout(canvas: Path) -> None:
    code, out, _ = run(str(canvas), "-o", "-", "-f", "md")
    assert code == 0
    assert out.startswith("# ")
    assert "## 2. Points de contact" in out


def test_stdout_needs_a_format(canvas: Path) -> None:
    code, _, err = run(str(canvas), "-o", "-")
    assert code == 2 and "--format" in err


def test_pdf_never_goes_to_stdout(canvas: Path) -> None:
    code, _, err = run(str(canvas), "-o", "-", "-f", "pdf")
    assert code == 2 and "PDF" in err


def test_unknown_extension_is_a_usage_error(canvas: Path, tmp_path: Path) -> None:
    code, _, err = run(str(canvas), "-o", str(tmp_path / "c.docx"))
    assert code == 2 and "--format" in err
    assert not (tmp_path / "c.docx").exists()


def test_existing_output_needs_force(canvas: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.md"
    out.write_text("keep me", "utf-8")
    code, _, err = run(str(canvas), "-o", str(out))
    assert code == 2 and "--force" in err
    assert out.read_text("utf-8") == "keep me"
    code, _, _ = run(str(canvas), "-o", str(out), "--force")
    assert code == 0 and out.read_text("utf-8").startswith("# ")


def test_output_is_never_the_input(canvas: Path) -> None:
    before = canvas.read_bytes()
    code, _, err = run(str(canvas), "-o", str(canvas), "-f", "md", "--force")
    assert code == 2 and "input" in err
    assert canvas.read_bytes() == before


def test_invalid_canvas_is_reported_with_positions(tmp_path: Path) -> None:
    data = small_canvas()
    data["touchpoints"][0]["segments"] = ["nobody"]
    path = write_canvas(tmp_path, data)
    out = tmp_path / "c.html"
    code, _, err = run(str(path), "-o", str(out))
    assert code == 1
    assert f"{path}:" in err and "RC014" in err
    assert not out.exists()


def test_missing_canvas_file(tmp_path: Path) -> None:
    code, _, err = run(str(tmp_path / "absent.yaml"), "-o", str(tmp_path / "x.html"))
    assert code == 2 and err.startswith("relcanvas: error:")


def test_blank_and_canvas_are_exclusive(canvas: Path, tmp_path: Path) -> None:
    code, _, _ = run(str(canvas), "--blank", "-o", str(tmp_path / "x.html"))
    assert code == 2
    code, _, _ = run("-o", str(tmp_path / "x.html"))
    assert code == 2


def test_blank_html_in_english(tmp_path: Path) -> None:
    out = tmp_path / "blank.html"
    code, _, _ = run("--blank", "--lang", "en", "-o", str(out))
    assert code == 0
    html = out.read_text("utf-8")
    assert "Suggested filling order" in html and "Interaction mode" in html


def test_bad_paper_is_a_usage_error(canvas: Path, tmp_path: Path) -> None:
    code, _, _ = run(str(canvas), "-o", str(tmp_path / "c.pdf"), "--paper", "b5")
    assert code == 2


@pytest.fixture
def no_rendering(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any layout at all fails the test: the refusals must come before rendering."""
    from relcanvas.render import pdf

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("rendered before refusing")

    monkeypatch.setattr(pdf, "render_document", refuse)


@pytest.mark.usefixtures("no_rendering")
def test_an_existing_output_is_refused_before_rendering(canvas: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    out.write_bytes(b"keep me")
    code, _, err = run(str(canvas), "-o", str(out))
    assert code == 2 and "already exists" in err and out.read_bytes() == b"keep me"


@pytest.mark.usefixtures("no_rendering")
def test_the_input_as_output_is_refused_before_rendering(canvas: Path) -> None:
    before = canvas.read_bytes()
    code, _, err = run(str(canvas), "-o", str(canvas), "--format", "pdf", "--force")
    assert code == 2 and "input file" in err and canvas.read_bytes() == before


@pytest.mark.usefixtures("no_rendering")
def test_a_canvas_too_large_to_print_is_refused_in_one_line(tmp_path: Path) -> None:
    from relcanvas.render import MAX_PRINTED_ENTRIES

    data = small_canvas()
    one = data["touchpoints"][0]
    data["touchpoints"] = [{**one, "name": f"Point {i}"} for i in range(MAX_PRINTED_ENTRIES + 1)]
    path = write_canvas(tmp_path, data)
    code, _, err = run(str(path), "-o", str(tmp_path / "c.pdf"))
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert f"{MAX_PRINTED_ENTRIES + 1}" in err and "HTML" in err
    assert not (tmp_path / "c.pdf").exists()
    code, _, _ = run(str(path), "-o", str(tmp_path / "c.md"))
    assert code == 0  # Markdown has no such limit
