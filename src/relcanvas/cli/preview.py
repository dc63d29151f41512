"""``preview``: serve a canvas's page on 127.0.0.1, reloaded in the browser on every save."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from relcanvas.cli.app import app
from relcanvas.cli.common import EXIT_OK, Lang, fail
from relcanvas.cli.render import A3, Paper
from relcanvas.cli.words import h
from relcanvas.escape import plain
from relcanvas.i18n import language_from_env, t


@app.command(help=h("preview"))
def preview(
    canvas: Annotated[str, typer.Argument(metavar="CANVAS", help=h("preview_canvas"))],
    port: Annotated[
        int, typer.Option("--port", metavar="PORT", min=0, max=65535, help=h("port"))
    ] = 0,
    paper: Annotated[
        Paper, typer.Option("--paper", metavar="PAPER", help=h("preview_paper", *Paper))
    ] = A3,
    lang: Annotated[
        Lang | None, typer.Option("--lang", metavar="LANG", help=h("render_lang"))
    ] = None,
) -> None:
    """Show a canvas in the browser and reload it on every save (Ctrl-C stops)."""
    from relcanvas.preview import Preview, PreviewServer

    chosen = lang.value if lang else None
    fallback = language_from_env(os.environ)
    if not os.path.isfile(canvas):
        fail(t("tools.cli.no_such_file", chosen or fallback, path=canvas))
    shown = Preview(canvas, paper=paper.value, lang=chosen, fallback=fallback)
    said = chosen or shown.fallback
    try:
        server = PreviewServer(shown, port)
    except OSError as exc:
        fail(t("tools.preview.port", said, port=port, reason=exc.strerror or str(exc)))
    typer.echo(t("tools.preview.serving", said, path=plain(canvas), url=server.url))
    try:
        server.serve()
    except KeyboardInterrupt:
        typer.echo(t("tools.preview.stopped", said), err=True)
    raise typer.Exit(EXIT_OK)
