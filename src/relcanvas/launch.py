"""The ``relcanvas`` console script: the cheapest answers first, then the command line.

pre-commit starts a fresh process for every commit, so start-up is most of what a user
waits for. ``--version`` is answered here, before Typer, Pydantic or any command module is
imported; everything else goes to :func:`relcanvas.cli.main`.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Console-script entry point."""
    if sys.argv[1:] == ["--version"]:
        from relcanvas._version import VERSION

        sys.stdout.write(f"relcanvas {VERSION}\n")
        return
    # Pydantic looks for plugins in every installed distribution's entry points when the
    # first model is built (several ms a start); relcanvas's models are internal, so none is
    # wanted. Only this process's environment is changed, and only when the user has not.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from relcanvas.cli import main as cli_main

    cli_main()
