"""What every command shares: exit codes, the console, one-line errors, common options."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, NoReturn, Protocol, TypeVar

import typer

from relcanvas.cli.words import WORDS, h, ui_lang
from relcanvas.escape import plain
from relcanvas.formats import VALIDATE_FORMATS
from relcanvas.i18n import LANGUAGES, language_from_env, t
from relcanvas.i18n import Lang as Language

if TYPE_CHECKING:  # the library is imported by the commands that use it, not by ``--help``
    from rich.console import Console

    from relcanvas.diagnostics import Problem
    from relcanvas.loader import Limits

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2
R = TypeVar("R")


Lang = StrEnum("Lang", [(lang, lang) for lang in LANGUAGES])  # type: ignore[misc]
"""The ``--lang`` choices: the catalogues' languages."""


ReportFormat = StrEnum("ReportFormat", [(f, f) for f in VALIDATE_FORMATS])  # type: ignore[misc]
"""``validate --format`` choices."""


def stdout() -> Console:
    """A console on stdout: colour only on a terminal, never when NO_COLOR is set."""
    from rich.console import Console  # 25 ms: only for the commands that print with it

    return Console(highlight=False, soft_wrap=True)


def fail(message: str | Exception, key: str = "", **params: str) -> NoReturn:
    """One line on stderr and exit 2: the command could not do its job. An error that can
    say itself in a language (``text(lang)``), or a catalogue id, is said in the reader's."""
    from relcanvas.i18n import t

    lang = ui_lang()
    said = getattr(message, "text", None)
    if key:
        message = t(key, lang, **params)
    elif callable(said):
        message = str(said(lang))
    typer.echo(t("cli.error", lang, message=plain(str(message))), err=True)
    raise typer.Exit(EXIT_ERROR)


def warn(message: str) -> None:
    """One warning line on stderr (it does not change the exit code)."""
    from relcanvas.i18n import t

    typer.echo(t("cli.warning", ui_lang(), message=plain(message)), err=True)


def limits_from(max_size: int | None, settings: list[str] | None = None) -> Limits:
    """The default limits, with ``--max-size`` and each ``--limit NAME=N`` applied."""
    from relcanvas.limits import Limits, parse_limit

    chosen: dict[str, int] = {"bytes": max_size} if max_size else {}
    for setting in settings or []:
        try:
            name, value = parse_limit(setting)
        except ValueError as exc:
            fail(exc)
        chosen[name] = value
    return Limits().with_overrides(chosen)


def warn_skipped(skipped: Sequence[str]) -> None:
    """One warning line on stderr for each file not read (it does not change the exit code)."""
    for reason in skipped:
        warn(skip_reason(reason, ui_lang()))


def skip_reason(text: str, lang: Language) -> str:
    """``path: skipped: reason`` (as the library words it, in English) in ``lang``."""
    import re

    from relcanvas.i18n import catalogue, t

    found = re.match(r"^(.*): skipped: (.*)$", text)
    if lang == "en" or not found:
        return text
    path, reason = found.groups()
    english = catalogue("en")
    for key in ("source.outside", "source.directory", "source.fifo", "source.socket"):
        if english[key] == reason:
            reason = t(key, lang)
    for key in ("source.device", "source.not_regular", "source.no_file"):
        if english[key] == reason:
            reason = t(key, lang)
    unreadable = re.match(r"^cannot read \((.*)\)$", reason)
    if unreadable:
        reason = t("source.cannot_read", lang, error=unreadable.group(1))
    return t("source.skipped", lang, path=path, reason=reason)


class HasProblems(Protocol):
    """A loaded file, or what ``validate`` keeps of one."""

    @property
    def name(self) -> str: ...
    @property
    def problems(self) -> Sequence[Problem]: ...
    @property
    def language(self) -> str: ...


def problem_lines(loaded: HasProblems, lang: Language | None = None) -> list[str]:
    """``path:line:col: CODE message`` for each problem of a file, in ``lang``, else the
    canvas's language, else the environment's."""
    chosen = lang or loaded.language or env_lang()
    name = plain(loaded.name)
    return [
        f"{name}:{p.line}:{p.column}: {p.code} {plain(p.text(chosen))}" for p in loaded.problems
    ]


LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        metavar="LANG",
        help=h("lang"),
    ),
]


def env_lang() -> Language:
    """The reader's language from the environment (``LANG=fr_FR.UTF-8`` -> fr), else en."""
    return language_from_env(os.environ)


def chosen_lang(lang: Lang | None) -> Language | None:
    """``--lang`` as a catalogue language, None when not given."""
    return None if lang is None else ("fr" if lang == "fr" else "en")


HELP_LANG = WORDS
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
        fail("", "perf.worker_died")


SkipNonCanvas = Annotated[
    bool,
    typer.Option(
        "--skip-non-canvas",
        metavar="",
        help=h("skip_non_canvas"),
    ),
]

MaxSize = Annotated[
    int | None,
    typer.Option("--max-size", metavar="BYTES", min=1, help=h("max_size")),
]

LimitOption = Annotated[
    list[str] | None,
    typer.Option(
        "--limit",
        metavar="NAME=N",
        help=h("limit"),
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
        fail(exc)
