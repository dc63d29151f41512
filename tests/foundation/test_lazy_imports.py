"""The CLI starts fast: only `render` pays for the PDF engine (about 0.8 s to import)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from foundation_helpers import EXAMPLES

PROBE = """
import sys
from typer.testing import CliRunner
from relcanvas.cli import app
result = CliRunner().invoke(app, sys.argv[1:])
assert result.exit_code in (0, 1), result.output
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {"weasyprint", "pypdf"})
print(",".join(heavy))
"""


def _heavy_modules(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_checking_does_not_import_weasyprint(command: str) -> None:
    assert "weasyprint" not in _heavy_modules(command, str(EXAMPLES[0]))


def test_diff_does_not_import_weasyprint() -> None:
    assert "weasyprint" not in _heavy_modules("diff", str(EXAMPLES[0]), str(EXAMPLES[0]))


def test_the_probe_sees_weasyprint_when_a_pdf_is_made(tmp_path) -> None:
    out = tmp_path / "x.pdf"
    assert "weasyprint" in _heavy_modules("render", str(EXAMPLES[0]), "-o", str(out))
