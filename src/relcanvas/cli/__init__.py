"""The ``relcanvas`` command line: thin Typer commands over the library.

Each command parses its options, calls the library, prints, and maps the outcome to an exit
code: 0 nothing to report, 1 something found, 2 the command could not run. One module per
command family registers on :data:`relcanvas.cli.app.app`; importing this package
registers them all, in the order ``--help`` lists them.
"""

from __future__ import annotations

# The order of these imports is the order ``--help`` lists the commands in.
# isort: off
from relcanvas.cli import start  # noqa: F401
from relcanvas.cli import check  # noqa: F401
from relcanvas.cli import lint  # noqa: F401
from relcanvas.cli import diff  # noqa: F401
from relcanvas.cli import history  # noqa: F401
from relcanvas.cli import render  # noqa: F401
from relcanvas.cli import fmt  # noqa: F401
from relcanvas.cli import git  # noqa: F401
from relcanvas.cli import preview  # noqa: F401

# isort: on
from relcanvas.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point."""
    app()
