"""``init`` and ``schema``: starting a canvas and pointing an editor at the format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from relcanvas.cli.app import app
from relcanvas.cli.common import Lang, fail
from relcanvas.escape import plain
from relcanvas.output import OutputError, write_atomic


@app.command()
def init(
    path: Annotated[str, typer.Argument(help="File to create, or - for stdout.")] = "canvas.yaml",
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the guide.")] = Lang.fr,
    title: Annotated[str | None, typer.Option("--title", help="The canvas's title.")] = None,
    schema: Annotated[
        str | None,
        typer.Option("--schema", metavar="REF", help="Schema path or URL for the editor modeline."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a starter canvas that validates, with each block's guiding question."""
    from relcanvas.schema import SCHEMA_URL
    from relcanvas.starter import starter_canvas

    text = starter_canvas(lang.value, title, schema_ref=schema or SCHEMA_URL)
    if path == "-":
        sys.stdout.write(text)
        return
    try:
        write_atomic(path, text, force=force)
    except OutputError as exc:
        fail(str(exc))
    typer.echo(f"Created {plain(path)}", err=True)
    _suggest_git_setup(Path(path), lang.value)


def _suggest_git_setup(path: Path, lang: str) -> None:
    """One line on stderr when git would show the new canvas as a plain line diff."""
    from relcanvas.gitsetup import needs_setup
    from relcanvas.i18n import t

    if needs_setup(path):
        typer.echo(t("tools.git.suggest", lang), err=True)


@app.command()
def schema(
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Print the JSON Schema of the canvas format (for editors and check-jsonschema)."""
    from relcanvas.schema import schema_text

    text = schema_text()
    if output in (None, "-"):
        sys.stdout.write(text)
        return
    try:
        write_atomic(Path(output), text, force=force)
    except OutputError as exc:
        fail(str(exc))
