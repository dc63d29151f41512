"""``render``: a canvas or a blank handout as PDF, HTML or Markdown."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from relcanvas.cli.app import app
from relcanvas.cli.common import (
    EXIT_FOUND,
    Lang,
    LimitOption,
    MaxSize,
    fail,
    limits_from,
    may_write,
    problem_lines,
)
from relcanvas.escape import plain
from relcanvas.output import OutputError, write_atomic
from relcanvas.reading import SourceError


class RenderFormat(StrEnum):
    html = "html"
    pdf = "pdf"
    md = "md"


class Paper(StrEnum):
    a4 = "a4"
    a3 = "a3"
    a2 = "a2"
    a1 = "a1"
    a0 = "a0"
    letter = "letter"
    tabloid = "tabloid"


def _render_format(out: str, chosen: RenderFormat | None) -> RenderFormat:
    from relcanvas.render import SUFFIXES

    if chosen is not None:
        return chosen
    if out == "-":
        fail("writing to stdout needs --format html or --format md")
    found = SUFFIXES.get(Path(out).suffix.lower())
    if found is None:
        fail(f"{out}: cannot tell the format from the extension; use --format html|pdf|md")
    return RenderFormat(found)


@app.command()
def render(
    canvas: Annotated[
        str | None, typer.Argument(help="Canvas file (or - for stdin); leave out with --blank.")
    ] = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="File to write (.html, .pdf, .md), or -.")
    ] = "",
    output_format: Annotated[
        RenderFormat | None,
        typer.Option("--format", "-f", help="Output format; default from the extension."),
    ] = None,
    paper: Annotated[
        Paper | None, typer.Option("--paper", help="Sheet size, landscape (default a3; a4 blank).")
    ] = None,
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="Language; default: the canvas's language.")
    ] = None,
    blank: Annotated[
        bool, typer.Option("--blank", help="A workshop handout with empty blocks.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    fit: Annotated[
        bool, typer.Option("--fit", help="PDF: shrink the type (to 6 pt at A4) to fit one sheet.")
    ] = False,
    max_size: MaxSize = None,
    limit: LimitOption = None,
) -> None:
    """Render a canvas (or a blank handout) as a print-ready PDF, HTML page or Markdown."""
    from relcanvas import render as R
    from relcanvas.loader import load_path

    if not output:
        fail("missing --output/-o (a file, or - for stdout)")
    if blank == (canvas is not None):
        fail("give a CANVAS file, or --blank for a workshop handout (not both)")
    fmt = _render_format(output, output_format)
    if output == "-" and fmt is RenderFormat.pdf:
        fail("a PDF cannot go to stdout; give a file name with -o")
    if blank and fmt is RenderFormat.md:
        fail("--blank makes HTML or PDF, not Markdown")
    sheet = (paper or (Paper.a4 if blank else Paper.a3)).value
    if output != "-":
        may_write(output, force, (canvas,) if canvas else ())
    data: str | bytes
    if canvas is None:
        language = (lang or Lang.fr).value
        data = (
            R.blank_pdf(language, sheet)
            if fmt is RenderFormat.pdf
            else (R.blank_html(language, sheet))
        )
    else:
        limits = limits_from(max_size, limit)
        try:
            loaded = load_path(canvas, limits)
        except SourceError as exc:
            fail(str(exc))
        if not loaded.ok or loaded.canvas is None:
            for line in problem_lines(loaded):
                typer.echo(line, err=True)
            typer.echo(f"relcanvas: error: {plain(loaded.name)}: not a valid canvas", err=True)
            raise typer.Exit(EXIT_FOUND)
        language = (lang.value if lang else None) or str(loaded.canvas.language)
        if fmt is RenderFormat.pdf:
            choices: list[R.Choice] = []
            try:
                data = R.canvas_pdf(loaded.canvas, language, sheet, fit=fit, choices=choices)
            except R.TooLargeToPrint as exc:
                fail(f"{loaded.name}: {exc}")
            if fit and not all(c.fits for c in choices):
                typer.echo(
                    f"relcanvas: {loaded.name} does not fit one {sheet} sheet even at the "
                    "smallest type; rendered at the usual size, with continuation pages",
                    err=True,
                )
        elif fmt is RenderFormat.md:
            data = R.canvas_markdown(loaded.canvas, language)
        else:
            data = R.canvas_html(loaded.canvas, language, sheet)
    if output == "-":
        sys.stdout.write(data if isinstance(data, str) else data.decode("utf-8"))
        return
    inputs = (canvas,) if canvas else ()
    try:
        write_atomic(output, data, force=force, inputs=inputs)
    except OutputError as exc:
        fail(str(exc))
    typer.echo(f"Rendered {plain(output)}", err=True)
