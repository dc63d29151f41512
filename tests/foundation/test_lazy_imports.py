"""The CLI starts fast: validating a file never imports the PDF engine."""

from __future__ import annotations

import subprocess
import sys

from foundation_helpers import EXAMPLES

PROBE = """
import sys
from typer.testing import CliRunner
from relcanvas.cli import app
result = CliRunner().invoke(app, ["validate", sys.argv[1]])
assert result.exit_code == 0, result.output
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {"weasyprint", "jinja2", "pypdf"})
print(",".join(heavy))
"""


def test_validate_does_not_import_weasyprint() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(EXAMPLES[0])],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "weasyprint" not in done.stdout, done.stdout
