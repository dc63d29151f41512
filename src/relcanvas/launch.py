"""The ``relcanvas`` console script: the cheapest answers first, then the command line.

pre-commit starts a fresh process for every commit, so start-up is most of what a user
waits for. ``--version`` is answered here, before Typer, Pydantic or any command module is
imported; everything else goes to :func:`relcanvas.cli.main`.
"""

from __future__ import annotations

import os
import sys
import types


def main() -> None:
    """Console-script entry point."""
    if sys.argv[1:] == ["--version"]:
        from relcanvas._version import VERSION

        sys.stdout.write(f"relcanvas {VERSION}\n")
        return
    _without_pydantic_plugins()
    from relcanvas.cli import main as cli_main

    cli_main()


def _without_pydantic_plugins() -> None:
    """Pydantic looks for plugins in every installed distribution's entry points when the
    first model is built, and its plugin loader imports ``importlib.metadata`` (and ``email``)
    to do so: 20 to 50 ms a start. relcanvas's models are internal, so no plugin is wanted:
    unless the user has set ``PYDANTIC_DISABLE_PLUGINS`` (then Pydantic is left to it), it is
    set for this process, and the loader is replaced by one that finds none."""
    if "PYDANTIC_DISABLE_PLUGINS" in os.environ or "pydantic.plugin._loader" in sys.modules:
        return
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    loader = types.ModuleType("pydantic.plugin._loader", "No Pydantic plugins (relcanvas).")
    setattr(loader, "get_plugins", lambda: ())  # noqa: B010 - a module built at run time
    sys.modules["pydantic.plugin._loader"] = loader
