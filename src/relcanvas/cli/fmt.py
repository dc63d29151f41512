"""``fmt``: rewrite canvases into their canonical form, as ``ruff format`` does for code."""

from __future__ import annotations

import difflib
import os
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from relcanvas.cli.app import app
from relcanvas.cli.common import (
    EXIT_FOUND,
    EXIT_OK,
    Lang,
    LimitOption,
    MaxSize,
    SkipNonCanvas,
    fail,
    limits_from,
    problem_lines,
    warn_skipped,
)
from relcanvas.cli.words import h
from relcanvas.escape import plain
from relcanvas.i18n import language_from_env, t
from relcanvas.reading import SourceError

if TYPE_CHECKING:
    from relcanvas.formatting import Formatted


@app.command(help=h("fmt"))
def fmt(
    paths: Annotated[
        list[str] | None,
        typer.Argument(metavar="PATH", help=h("fmt_paths")),
    ] = None,
    check: Annotated[bool, typer.Option("--check", metavar="", help=h("check"))] = False,
    show_diff: Annotated[bool, typer.Option("--diff", metavar="", help=h("fmt_diff"))] = False,
    lang: Annotated[
        Lang | None, typer.Option("--lang", metavar="LANG", help=h("messages_lang"))
    ] = None,
    skip_non_canvas: SkipNonCanvas = False,
    max_size: MaxSize = None,
    limit: LimitOption = None,
) -> None:
    """Rewrite canvases in canonical form: identifiers, key order, indentation, quoting."""
    from relcanvas.formatting import format_path
    from relcanvas.output import OutputError, write_atomic
    from relcanvas.sources import discover

    limits = limits_from(max_size, limit)
    chosen = lang.value if lang else None
    summary_lang = chosen or language_from_env(os.environ)
    results: list[Formatted] = []
    failed = False
    try:
        sources = list(discover(paths or ["."], skip_non_canvas=skip_non_canvas))
        warn_skipped([s.skipped for s in sources if s.skipped])
        for source in sources:
            if source.skipped:
                continue
            result = format_path(source.path, limits, source.root)
            results.append(result)
            said = chosen or result.language or summary_lang
            if not _usable(result, said):
                failed = True
            elif source.path == "-" and not check:
                _stdin_result(result, show_diff)
            elif result.changed and show_diff:
                sys.stdout.write(_diff_text(result))
            elif result.changed and check:
                typer.echo(t("tools.fmt.would_reformat", said, path=plain(result.name)))
            elif result.changed and result.after is not None:
                # Through a symbolic link to its file: replacing the link would break it.
                write_atomic(os.path.realpath(result.name), result.after, force=True)
    except (SourceError, OutputError) as exc:
        fail(exc)
    _summary(results, check or show_diff, summary_lang, skip_non_canvas)
    changed = any(r.changed for r in results)
    raise typer.Exit(EXIT_FOUND if failed or ((check or show_diff) and changed) else EXIT_OK)


def _usable(result: Formatted, lang: str) -> bool:
    """Report an invalid or unsafe file (left as it is) on stderr; True for the others."""
    path = plain(result.name)
    if result.problems:
        from relcanvas.loader import Loaded

        loaded = Loaded(result.name, problems=result.problems)
        for line in problem_lines(loaded, "fr" if lang == "fr" else "en"):
            typer.echo(line, err=True)
        typer.echo(f"relcanvas: {t('tools.fmt.invalid', lang, path=path)}", err=True)
        return False
    if result.unsafe:
        typer.echo(f"relcanvas: {t('tools.fmt.unsafe', lang, path=path)}", err=True)
        return False
    return True


def _stdin_result(result: Formatted, show_diff: bool) -> None:
    """``fmt -``: the canonical text (or the diff) on stdout, as formatters do for stdin."""
    if show_diff:
        sys.stdout.write(_diff_text(result))
    elif result.after is not None:
        sys.stdout.write(result.after)


def _diff_text(result: Formatted) -> str:
    """A unified diff from the file as it is to its canonical form (nothing when equal)."""
    name = plain(result.name)
    lines = difflib.unified_diff(
        result.before.splitlines(keepends=True),
        (result.after or result.before).splitlines(keepends=True),
        f"{name} (before)",
        f"{name} (after)",
    )
    return "".join(plain(line.rstrip("\n")) + "\n" for line in lines)


def _summary(results: list[Formatted], dry: bool, lang: str, quiet: bool) -> None:
    """One line on stderr, as ruff says it: how many files changed (or would) and did not."""
    done = [r for r in results if r.after is not None]
    if not results:
        if not quiet:
            typer.echo(f"relcanvas: warning: {t('tools.fmt.none', lang)}", err=True)
        return
    changed = sum(1 for r in done if r.changed)
    same = len(done) - changed
    if dry:
        parts = [
            t("tools.fmt.would", lang, count=changed),
            t("tools.fmt.formatted", lang, count=same),
        ]
    else:
        parts = [
            t("tools.fmt.reformatted", lang, count=changed),
            t("tools.fmt.unchanged", lang, count=same),
        ]
    typer.echo(", ".join(parts) + ".", err=True)
