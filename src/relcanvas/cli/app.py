"""The Typer application every command module registers on."""

from __future__ import annotations

from typing import Annotated

import typer

import relcanvas
from relcanvas.cli.words import OneLineErrors, h

app = typer.Typer(
    name="relcanvas",
    cls=OneLineErrors,
    help=h("app"),
    no_args_is_help=True,
    add_completion=True,  # Typer's --install-completion: no start-up cost (docs/cli.md)
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"relcanvas {relcanvas.__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", metavar="", callback=_version, is_eager=True, help=h("version")),
    ] = False,
) -> None:
    """Validate, lint, diff and render 'Modes de relation' customer-relationship canvases."""
