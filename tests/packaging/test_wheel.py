"""The wheel carries everything: built with ``python -m build``, installed in a fresh virtual
environment outside the source tree, every command works from there.

The new environment installs the locked runtime dependencies (``requirements/run.lock``, from
pip's cache once ``make dev`` has run) and then the wheel alone, so nothing can be borrowed
from the source tree or the development environment.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

pytestmark = pytest.mark.slow


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    built = run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    (found,) = out.glob("relcanvas-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("installed")
    made = run(sys.executable, "-m", "venv", home / "venv")
    assert made.returncode == 0, made.stderr
    python = home / "venv" / "bin" / "python"
    lock = ROOT / "requirements" / "run.lock"
    for step in (
        ("--require-hashes", "--no-deps", "-r", lock),
        ("--no-deps", wheel),
    ):
        done = run(python, "-m", "pip", "install", "--quiet", *step)
        assert done.returncode == 0, done.stderr[-2000:]
    checked = run(python, "-m", "pip", "check")
    assert checked.returncode == 0, checked.stdout  # the wheel's requirements are all met
    return home


def the_wheel_holds_templates_styles_fonts_and_licences(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    package = "relcanvas/render/"
    for needed in (
        "templates/canvas.html.j2",
        "templates/blank.html.j2",
        "assets/relcanvas.css",
        "assets/fonts/Lato-Regular.ttf",
        "assets/fonts/Lato-Black.ttf",
        "assets/fonts/relcanvasSymbols-Regular.ttf",
        "assets/fonts/OFL.txt",
        "assets/fonts/LICENSE-DejaVu.txt",
    ):
        assert package + needed in names, needed
    assert "relcanvas/py.typed" in names
    licences = [n for n in names if ".dist-info/licenses/" in n]
    assert {Path(n).name for n in licences} >= {"LICENSE", "OFL.txt", "LICENSE-DejaVu.txt"}


def test_the_wheel_carries_everything_every_command_needs(wheel: Path, venv: Path) -> None:
    # One test, so that pytest-xdist never builds the wheel twice on two workers.
    the_wheel_holds_templates_styles_fonts_and_licences(wheel)
    every_command_runs_from_the_installed_wheel(venv)


def every_command_runs_from_the_installed_wheel(venv: Path) -> None:
    bin_dir = venv / "venv" / "bin"
    work = venv / "work"
    work.mkdir()
    where = run(bin_dir / "python", "-c", "import relcanvas; print(relcanvas.__file__)", cwd=work)
    assert where.stdout.startswith(str(venv)), where.stdout  # not the source tree's copy

    def relcanvas(*args: str | Path, code: int = 0) -> str:
        done = run(bin_dir / "relcanvas", *args, cwd=work)
        assert done.returncode == code, f"{args}: {done.stdout}{done.stderr}"
        assert "Traceback" not in done.stderr
        return done.stdout

    relcanvas("init", "mine.yaml", "--lang", "fr", "--title", "Essai")
    relcanvas("validate", "mine.yaml", EXAMPLES)
    relcanvas("lint", EXAMPLES, "--format", "json")
    relcanvas("lint", "mine.yaml", "--exit-zero")
    assert "RC101" in relcanvas("rule", "RC101")
    example = EXAMPLES / "brightbox-b2c.en.yaml"
    changed = work / "changed.yaml"
    text = example.read_text("utf-8")
    changed.write_text(text.replace("title: BrightBox -", "title: BrightBox 2 -"), "utf-8")
    relcanvas("diff", example, example, "--exit-code")
    assert "BrightBox 2" in relcanvas("diff", example, changed, "--exit-code", code=1)
    relcanvas("render", example, "-o", "page.html")
    relcanvas("render", example, "-o", "sheet.pdf", "--paper", "a4")
    relcanvas("render", "--blank", "--lang", "fr", "-o", "blank.pdf")
    assert (work / "page.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    assert (work / "sheet.pdf").read_bytes().startswith(b"%PDF-")
    fonts = PdfReader(work / "blank.pdf").pages[0]["/Resources"]["/Font"].values()
    assert all("+relcanvas-" in str(font.get_object()["/BaseFont"]) for font in fonts)
    schema = json.loads(relcanvas("schema"))
    committed = json.loads((ROOT / "schemas" / "relcanvas-1.schema.json").read_text("utf-8"))
    assert schema == committed
    api = run(bin_dir / "python", "-c", API_PROBE, str(example), str(changed), cwd=work)
    assert api.returncode == 0 and api.stdout == "ok\n", api.stdout + api.stderr


API_PROBE = """
import sys
import relcanvas
old, new = sys.argv[1:]
canvas = relcanvas.load(old)
assert relcanvas.lint(old) == [] and relcanvas.diff(old, new)
assert relcanvas.render(canvas, "pdf", paper="a4").startswith(b"%PDF-")
try:
    relcanvas.load("relcanvas: 1\\ntitel: x\\n")
except relcanvas.InvalidCanvas as exc:
    assert {p.code for p in exc.problems} == {"RC011", "RC013"}
else:
    raise SystemExit("InvalidCanvas not raised")
print("ok")
"""
