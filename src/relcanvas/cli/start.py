"""``init`` and ``schema``: starting a canvas and pointing an editor at the format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from relcanvas.cli.app import app
from relcanvas.cli.common import Lang, fail
from relcanvas.cli.words import h, ui_lang
from relcanvas.escape import plain
from relcanvas.i18n import t
from relcanvas.output import OutputError, write_atomic

FR = Lang("fr")


@app.command(help=h("init"))
def init(
    path: Annotated[str, typer.Argument(metavar="FILE", help=h("init_path"))] = "canvas.yaml",
    lang: Annotated[Lang, typer.Option("--lang", metavar="LANG", help=h("init_lang"))] = FR,
    title: Annotated[str | None, typer.Option("--title", metavar="TITLE", help=h("title"))] = None,
    schema: Annotated[
        str | None,
        typer.Option("--schema", metavar="REF", help=h("schema_ref")),
    ] = None,
    force: Annotated[bool, typer.Option("--force", metavar="", help=h("force"))] = False,
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
        fail(exc)
    typer.echo(t("cli.created", ui_lang(), path=plain(path)), err=True)
    _suggest_git_setup(Path(path), lang.value)


def _suggest_git_setup(path: Path, lang: str) -> None:
    """One line on stderr when git would show the new canvas as a plain line diff."""
    from relcanvas.gitsetup import needs_setup

    if needs_setup(path):
        typer.echo(t("tools.git.suggest", lang), err=True)


@app.command(help=h("schema"))
def schema(
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="FILE", help=h("schema_output"))
    ] = None,
    force: Annotated[bool, typer.Option("--force", metavar="", help=h("force"))] = False,
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
        fail(exc)
