"""``log``: the strategy history of a canvas in git, as a log, a changelog or a timeline."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from typing import Annotated

import typer

from relcanvas.cli.app import app
from relcanvas.cli.common import (
    EXIT_OK,
    Lang,
    LimitOption,
    MaxSize,
    fail,
    limits_from,
    may_write,
    stdout,
)
from relcanvas.cli.words import h
from relcanvas.formats import LOG_FORMATS

LogFormat = StrEnum("LogFormat", [(f, f) for f in LOG_FORMATS])  # type: ignore[misc]
"""``log --format`` choices."""
TEXT = LogFormat("text")


@app.command("log", help=h("log"))
def log(
    args: Annotated[
        list[str],
        typer.Argument(
            metavar="[REV_RANGE] PATH",
            help=h("log_args"),
        ),
    ],
    since: Annotated[str | None, typer.Option("--since", metavar="DATE", help=h("since"))] = None,
    until: Annotated[str | None, typer.Option("--until", metavar="DATE", help=h("until"))] = None,
    count: Annotated[
        int | None,
        typer.Option("-n", "--max-count", metavar="N", min=1, help=h("max_count")),
    ] = None,
    show_all: Annotated[bool, typer.Option("--all", metavar="", help=h("all"))] = False,
    output_format: Annotated[
        LogFormat, typer.Option("--format", "-f", metavar="FORMAT", help=h("format", *LogFormat))
    ] = TEXT,
    lang: Annotated[Lang | None, typer.Option("--lang", metavar="LANG", help=h("log_lang"))] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="FILE", help=h("schema_output"))
    ] = None,
    force: Annotated[bool, typer.Option("--force", metavar="", help=h("force"))] = False,
    max_size: MaxSize = None,
    limit: LimitOption = None,
) -> None:
    """Show how the strategy changed, commit by commit (following file renames)."""
    from relcanvas.diff.git import GitError
    from relcanvas.history import Query, history
    from relcanvas.history.walk import WalkError
    from relcanvas.i18n import language_from_env, t

    said = lang.value if lang else language_from_env(os.environ)
    if len(args) not in (1, 2):
        fail(t("log.usage", said))
    path = args[-1]
    revisions = args[0] if len(args) == 2 else None
    limits = limits_from(max_size, limit)
    if output_format == "pdf" and output in (None, "-"):
        fail(t("log.needs_output", said, format="pdf"))
    if output not in (None, "-"):
        may_write(str(output), force, (path,))
    try:
        found = history(Query(path, revisions, since, until), limits, count)
    except WalkError as exc:
        fail(t(exc.key, said, **exc.params))
    except GitError as exc:
        fail(exc)
    latest = found.latest()
    chosen = lang.value if lang else (latest.language.value if latest else "en")
    if output in (None, "-") and output_format == "text":
        from relcanvas.history.report import text_log

        console = stdout()
        for line in text_log(found, chosen, show_all, limits.max_bytes):
            console.print(line)
        raise typer.Exit(EXIT_OK)
    _write(_render(found, output_format, chosen, show_all, limits.max_bytes), output, force, path)
    raise typer.Exit(EXIT_OK)


def _write(data: str | bytes, output: str | None, force: bool, path: str) -> None:
    """To stdout, or to ``output`` atomically (refused over a file without ``--force``)."""
    from relcanvas.output import OutputError, write_atomic

    if output in (None, "-"):
        sys.stdout.write(data if isinstance(data, str) else data.decode())
        return
    try:
        write_atomic(str(output), data, force=force, inputs=(path,))
    except OutputError as exc:
        fail(exc)


def _render(found: object, fmt: LogFormat, lang: str, show_all: bool, limit: int) -> str | bytes:
    """The document as text (or PDF bytes); text output to a terminal is printed instead."""
    from relcanvas.history import History

    assert isinstance(found, History)
    if fmt == "json":
        from relcanvas.history.report import json_log, json_text

        return json_text(json_log(found, lang, limit))
    if fmt == "markdown":
        from relcanvas.history.changelog import changelog

        return changelog(found, lang, limit)
    if fmt in ("html", "pdf"):
        from relcanvas.history.timeline import timeline_html, timeline_pdf

        if fmt == "html":
            return timeline_html(found, lang, limit)
        try:
            return timeline_pdf(found, lang, limit)
        except ImportError as exc:
            from relcanvas.i18n import t

            fail(t("log.pdf_unavailable", lang, reason=str(exc)))
    from relcanvas.history.report import text_log

    return "".join(f"{line.plain}\n" for line in text_log(found, lang, show_all, limit))
