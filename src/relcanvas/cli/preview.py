"""``preview``: serve a canvas's page on 127.0.0.1, reloaded in the browser on every save."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from relcanvas.cli.app import app
from relcanvas.cli.common import EXIT_OK, Lang, fail
from relcanvas.cli.render import Paper
from relcanvas.escape import plain
from relcanvas.i18n import language_from_env, t


@app.command()
def preview(
    canvas: Annotated[str, typer.Argument(help="The canvas file to show.")],
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port on 127.0.0.1 (0: a free one).")
    ] = 0,
    paper: Annotated[Paper, typer.Option("--paper", help="Sheet size of the page.")] = Paper.a3,
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="Language; default: the canvas's language.")
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
