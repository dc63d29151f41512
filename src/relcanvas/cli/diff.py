"""``diff`` and ``git-diff``: what changed in the strategy between two versions."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from relcanvas.cli.app import app
from relcanvas.cli.common import (
    EXIT_ERROR,
    EXIT_FOUND,
    EXIT_OK,
    Lang,
    LimitOption,
    MaxSize,
    fail,
    limits_from,
    problem_lines,
    stdout,
)
from relcanvas.cli.words import h
from relcanvas.escape import plain
from relcanvas.formats import DIFF_FORMATS
from relcanvas.reading import SourceError

if TYPE_CHECKING:  # imported where used: ``--help`` does not pay for them
    from rich.console import Console

    from relcanvas.loader import Limits, Loaded


DiffFormat = StrEnum("DiffFormat", [(f, f) for f in DIFF_FORMATS])  # type: ignore[misc]
"""``diff --format`` choices."""
TEXT = DiffFormat("text")


def _no_such_file(path: str, lang: Lang | None) -> None:
    """A missing ``old.yaml`` is a missing file, not an unknown git revision."""
    from relcanvas.i18n import language_from_env, t
    from relcanvas.sources import YAML_SUFFIXES

    if path.lower().endswith(YAML_SUFFIXES):
        said = lang.value if lang else language_from_env(os.environ)
        fail(t("tools.cli.no_such_file", said, path=path))


def _diff_side(path: str, revision: str | None, limits: Limits) -> Loaded:
    """One side of a diff: a file (or ``-``), or the file as committed at a revision."""
    from relcanvas.diff.git import GitError, show
    from relcanvas.loader import load_bytes, load_path

    try:
        if revision is None:
            return load_path(path, limits)
        return load_bytes(show(revision, path, limits.max_bytes), f"{revision}:{path}", limits)
    except (SourceError, GitError) as exc:
        fail(exc)


def _diff_report(
    diff: object,
    lang: str,
    names: tuple[str, str],
    fmt: DiffFormat,
    stat: bool,
    console: Console,
    header: bool = True,
) -> None:
    from relcanvas.diff import Diff
    from relcanvas.diff.report import as_json, json_text, markdown, stat_lines, text_lines

    assert isinstance(diff, Diff)
    if fmt == "json":
        typer.echo(json_text(as_json(diff, lang, *names, stat=stat)))
    elif fmt in ("markdown", "md"):
        sys.stdout.write(markdown(diff, lang, *names, stat=stat))
    elif stat:
        for line in stat_lines(diff, lang):
            console.print(line)
    else:
        for text in text_lines(diff, lang, *names, header=header):
            console.print(text)


@app.command(help=h("diff"))
def diff(
    args: Annotated[
        list[str],
        typer.Argument(
            metavar="OLD NEW | REV PATH | REV1 REV2 PATH",
            help=h("diff_args"),
        ),
    ],
    output_format: Annotated[
        DiffFormat, typer.Option("--format", "-f", metavar="FORMAT", help=h("format", *DiffFormat))
    ] = TEXT,
    stat: Annotated[bool, typer.Option("--stat", metavar="", help=h("stat"))] = False,
    exit_code: Annotated[
        bool, typer.Option("--exit-code", metavar="", help=h("exit_code"))
    ] = False,
    lang: Annotated[
        Lang | None, typer.Option("--lang", metavar="LANG", help=h("diff_lang"))
    ] = None,
    max_size: MaxSize = None,
    limit: LimitOption = None,
) -> None:
    """Show what changed in the strategy between two versions of a canvas, block by block."""
    from relcanvas.diff import compare

    limits = limits_from(max_size, limit)
    sides: list[tuple[str, str | None]]  # (path, revision or None for the file itself)
    if len(args) == 2 and (args[0] == "-" or Path(args[0]).exists()):
        sides = [(args[0], None), (args[1], None)]
    elif len(args) == 2:
        _no_such_file(args[0], lang)
        sides = [(args[1], args[0]), (args[1], None)]
    elif len(args) == 3:
        sides = [(args[2], args[0]), (args[2], args[1])]
    else:
        fail("", "cli.diff_usage")
    old, new = (_diff_side(path, rev, limits) for path, rev in sides)
    broken = [side for side in (old, new) if not side.ok]
    for side in broken:
        for line in problem_lines(side):
            typer.echo(line, err=True)
    if broken or old.canvas is None or new.canvas is None:
        raise typer.Exit(EXIT_ERROR)
    found = compare(old.canvas, new.canvas)
    chosen = lang.value if lang else new.canvas.language.value
    _diff_report(found, chosen, (old.name, new.name), output_format, stat, stdout())
    raise typer.Exit(EXIT_FOUND if exit_code and found else EXIT_OK)


@app.command("git-diff", help=h("git_diff"))
def git_diff(
    args: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE",
            help=h("git_args"),
        ),
    ],
    lang: Annotated[
        Lang | None, typer.Option("--lang", metavar="LANG", help=h("diff_lang"))
    ] = None,
) -> None:
    """The diff driver git runs for *.canvas.yaml files (see docs/diff.md). Always exits 0."""
    import difflib

    from relcanvas.diff import compare
    from relcanvas.diff.git import DriverArgs, blank_like

    try:
        given = DriverArgs.parse(args)
    except ValueError as exc:
        fail(exc)
    from rich.console import Console

    paged = os.environ.get("GIT_PAGER_IN_USE", "").lower() in ("1", "true")
    console = Console(highlight=False, soft_wrap=True, force_terminal=True if paged else None)
    shown = plain(given.path)
    console.print(f"diff --relcanvas a/{shown} b/{shown}", style="bold", markup=False)
    loaded = [
        None if name == "/dev/null" else _git_driver_side(name)
        for name in (given.old_file, given.new_file)
    ]
    canvases = [side.canvas if side else None for side in loaded]
    broken = [side for side in loaded if side is not None and not side.ok]
    if broken:
        # A revision that does not load still gets a diff, as lines, so `git log -p` goes on.
        for side in broken:
            for line in problem_lines(side):
                console.print(line.replace(plain(side.name), shown, 1), markup=False)
        old, new = (side.text.splitlines() if side else [] for side in loaded)
        lines = difflib.unified_diff(old, new, f"a/{shown}", f"b/{shown}", lineterm="")
        sys.stdout.write("".join(f"{plain(line)}\n" for line in lines))
        return
    old_canvas, new_canvas = canvases
    if old_canvas is None and new_canvas is not None:
        old_canvas = blank_like(new_canvas)
    if new_canvas is None and old_canvas is not None:
        new_canvas = blank_like(old_canvas)
    if old_canvas is None or new_canvas is None:
        return
    chosen = lang.value if lang else new_canvas.language.value
    found = compare(old_canvas, new_canvas)
    names = (f"a/{shown}", f"b/{shown}")
    _diff_report(found, chosen, names, TEXT, False, console, header=False)


def _git_driver_side(name: str) -> Loaded:
    from relcanvas.loader import load_path

    try:
        return load_path(name)
    except SourceError as exc:
        fail(exc)
