"""What every command shares: exit codes, the console, one-line errors, common options."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, NoReturn, Protocol, TypeVar

import typer

from relcanvas.escape import plain
from relcanvas.i18n import language_from_env, t

if TYPE_CHECKING:  # the library is imported by the commands that use it, not by ``--help``
    from rich.console import Console

    from relcanvas.diagnostics import Problem
    from relcanvas.loader import Limits

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2
R = TypeVar("R")


class Lang(StrEnum):
    fr = "fr"
    en = "en"


class ReportFormat(StrEnum):
    text = "text"
    json = "json"


def stdout() -> Console:
    """A console on stdout: colour only on a terminal, never when NO_COLOR is set."""
    from rich.console import Console  # 25 ms: only for the commands that print with it

    return Console(highlight=False, soft_wrap=True)


def fail(message: str) -> NoReturn:
    """One line on stderr and exit 2: the command could not do its job."""
    typer.echo(f"relcanvas: error: {plain(message)}", err=True)
    raise typer.Exit(EXIT_ERROR)


def limits_from(max_size: int | None, settings: list[str] | None = None) -> Limits:
    """The default limits, with ``--max-size`` and each ``--limit NAME=N`` applied."""
    from relcanvas.limits import Limits, parse_limit

    chosen: dict[str, int] = {"bytes": max_size} if max_size else {}
    for setting in settings or []:
        try:
            name, value = parse_limit(setting)
        except ValueError as exc:
            fail(str(exc))
        chosen[name] = value
    return Limits().with_overrides(chosen)


def warn_skipped(skipped: Sequence[str]) -> None:
    """One warning line on stderr for each file not read (it does not change the exit code)."""
    for reason in skipped:
        typer.echo(f"relcanvas: warning: {reason}", err=True)


class HasProblems(Protocol):
    """A loaded file, or what ``validate`` keeps of one."""

    @property
    def name(self) -> str: ...
    @property
    def problems(self) -> Sequence[Problem]: ...


def problem_lines(loaded: HasProblems) -> list[str]:
    """``path:line:col: CODE message`` for each problem of a file."""
    name = plain(loaded.name)
    return [f"{name}:{p.line}:{p.column}: {p.code} {plain(p.message)}" for p in loaded.problems]


HELP_LANG = language_from_env(os.environ)
"""The language of the help texts declared below (options are declared at import)."""

JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", metavar="N", min=1, help=t("perf.jobs", HELP_LANG)),
]


def run_jobs(call: Callable[[], R]) -> R:
    """``call()``, with a worker that died turned into a one-line error (exit 2)."""
    from relcanvas.jobs import JobsError

    try:
        return call()
    except JobsError:
        fail(t("perf.worker_died", HELP_LANG))


SkipNonCanvas = Annotated[
    bool,
    typer.Option(
        "--skip-non-canvas",
        help="Skip named YAML files without a top-level 'relcanvas:' key, as directory "
        "walks do (pre-commit names every changed YAML file).",
    ),
]

MaxSize = Annotated[
    int | None,
    typer.Option("--max-size", metavar="BYTES", min=1, help="Refuse files larger than this."),
]

LimitOption = Annotated[
    list[str] | None,
    typer.Option(
        "--limit",
        metavar="NAME=N",
        help="Change a limit on untrusted input (nodes, keys, items, entries, references, "
        "scalar, depth, problems...; see docs/format.md#limits).",
    ),
]


def split_codes(values: list[str] | None) -> list[str]:
    """``--select A,B --select C`` as ``[A, B, C]``."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def may_write(output: str, force: bool, inputs: tuple[str, ...]) -> None:
    """Refuse before rendering (a PDF takes seconds) what ``write_atomic`` refuses after."""
    from relcanvas.output import OutputError, check_writable

    try:
        check_writable(output, force=force, inputs=inputs)
    except OutputError as exc:
        fail(str(exc))
