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
from relcanvas.cli.words import h, ui_lang
from relcanvas.escape import plain
from relcanvas.formats import PAPERS, RENDER_FORMATS, RENDER_SUFFIXES
from relcanvas.i18n import t
from relcanvas.output import OutputError, write_atomic
from relcanvas.reading import SourceError

RenderFormat = StrEnum("RenderFormat", [(f, f) for f in RENDER_FORMATS])  # type: ignore[misc]
"""The ``--format`` choices, from the library's declaration."""
Paper = StrEnum("Paper", [(p, p) for p in PAPERS])  # type: ignore[misc]
"""The ``--paper`` choices, from the library's paper sizes."""
A3 = Paper("a3")


def _render_format(out: str, chosen: RenderFormat | None) -> RenderFormat:
    if chosen is not None:
        return RenderFormat("md") if chosen == "markdown" else chosen
    if out == "-":
        fail("", "cli.stdout_format")
    found = RENDER_SUFFIXES.get(Path(out).suffix.lower())
    if found is None:
        fail("", "cli.unknown_extension", path=out)
    return RenderFormat(found)


@app.command(help=h("render"))
def render(
    canvas: Annotated[str | None, typer.Argument(metavar="FILE", help=h("render_path"))] = None,
    output: Annotated[str, typer.Option("--output", "-o", metavar="FILE", help=h("output"))] = "",
    output_format: Annotated[
        RenderFormat | None,
        typer.Option("--format", "-f", metavar="FORMAT", help=h("render_format", *RenderFormat)),
    ] = None,
    paper: Annotated[
        Paper | None, typer.Option("--paper", metavar="PAPER", help=h("paper", *Paper))
    ] = None,
    lang: Annotated[
        Lang | None, typer.Option("--lang", metavar="LANG", help=h("render_lang"))
    ] = None,
    blank: Annotated[bool, typer.Option("--blank", metavar="", help=h("blank"))] = False,
    force: Annotated[bool, typer.Option("--force", metavar="", help=h("force"))] = False,
    fit: Annotated[bool, typer.Option("--fit", metavar="", help=h("fit"))] = False,
    with_map: Annotated[bool, typer.Option("--with-map", metavar="", help=h("with_map"))] = False,
    max_size: MaxSize = None,
    limit: LimitOption = None,
) -> None:
    """Render a canvas (or a blank handout) as a print-ready PDF, HTML page or Markdown."""
    import relcanvas.render as R
    from relcanvas.loader import load_path

    if not output:
        fail("", "cli.no_output")
    if blank == (canvas is not None):
        fail("", "cli.canvas_or_blank")
    fmt = _render_format(output, output_format)
    if output == "-" and fmt == "pdf":
        fail("", "cli.pdf_stdout")
    if blank and fmt == "md":
        fail("", "cli.blank_markdown")
    if with_map and not blank:
        fail("", "render.with_map_needs_blank")
    sheet = paper.value if paper else ("a4" if blank else "a3")
    if output != "-":
        may_write(output, force, (canvas,) if canvas else ())
    data: str | bytes
    if canvas is None:
        language = lang.value if lang else "fr"
        data = (
            R.blank_pdf(language, sheet, with_map=with_map)
            if fmt == "pdf"
            else R.blank_html(language, sheet, with_map=with_map)
        )
    else:
        limits = limits_from(max_size, limit)
        try:
            loaded = load_path(canvas, limits)
        except SourceError as exc:
            fail(exc)
        if not loaded.ok or loaded.canvas is None:
            for line in problem_lines(loaded):
                typer.echo(line, err=True)
            said = t("cli.not_valid", ui_lang(), path=plain(loaded.name))
            typer.echo(t("cli.error", ui_lang(), message=said), err=True)
            raise typer.Exit(EXIT_FOUND)
        language = (lang.value if lang else None) or str(loaded.canvas.language)
        if fmt == "pdf":
            choices: list[R.Choice] = []
            try:
                data = R.canvas_pdf(loaded.canvas, language, sheet, fit=fit, choices=choices)
            except R.TooLargeToPrint as exc:
                fail(f"{loaded.name}: {exc}")
            if fit and not all(c.fits for c in choices):
                said = t("cli.does_not_fit", ui_lang(), path=plain(loaded.name), sheet=sheet)
                typer.echo(said, err=True)
        elif fmt == "md":
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
        fail(exc)
    typer.echo(t("cli.rendered", ui_lang(), path=plain(output)), err=True)
