"""``lint``, ``rules`` and ``rule``: the method's best practices and common mistakes."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from relcanvas.cli.app import app
from relcanvas.cli.common import (
    EXIT_FOUND,
    EXIT_OK,
    JobsOption,
    LangOption,
    LimitOption,
    MaxSize,
    SkipNonCanvas,
    chosen_lang,
    env_lang,
    fail,
    limits_from,
    run_jobs,
    split_codes,
    stdout,
    warn,
    warn_skipped,
)
from relcanvas.cli.words import WORDS, h, ui_lang
from relcanvas.i18n import t
from relcanvas.lint.formats import FORMATTERS
from relcanvas.lint.severity import Severity
from relcanvas.reading import SourceError

LintFormat = StrEnum("LintFormat", [(name, name) for name in FORMATTERS])  # type: ignore[misc]
"""The ``--format`` choices: the names of the one registry, in its order."""
DEFAULT_FORMAT = LintFormat("text")


def _format_help() -> str:
    """Each format of the registry with what it is for, in the command line's language."""
    items = (
        t("help.format_item", WORDS, name=name, description=t(f.description, WORDS))
        for name, f in FORMATTERS.items()
    )
    return t("help.format", WORDS, choices="; ".join(items))


FailOn = StrEnum("FailOn", [(s.value, s.value) for s in Severity])  # type: ignore[misc]
"""``--fail-on`` choices: the severities."""
WARNING = FailOn("warning")


@app.command(help=h("lint"))
def lint(
    paths: Annotated[list[str] | None, typer.Argument(metavar="PATH", help=h("paths"))] = None,
    output_format: Annotated[
        LintFormat, typer.Option("--format", "-f", metavar="FORMAT", help=_format_help())
    ] = DEFAULT_FORMAT,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", metavar="SEVERITY", help=h("fail_on", *FailOn))
    ] = WARNING,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", metavar="", help=h("exit_zero"))
    ] = False,
    select: Annotated[
        list[str] | None,
        typer.Option("--select", metavar="RULES", help=h("select")),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", metavar="RULES", help=h("ignore")),
    ] = None,
    config: Annotated[
        str | None,
        typer.Option("--config", metavar="FILE", help=h("config")),
    ] = None,
    show_statistics: Annotated[
        bool, typer.Option("--statistics", metavar="", help=h("statistics"))
    ] = False,
    skip_non_canvas: SkipNonCanvas = False,
    max_size: MaxSize = None,
    limit: LimitOption = None,
    lang: LangOption = None,
    jobs: JobsOption = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", metavar="", help=t("perf.no_cache", WORDS))
    ] = False,
) -> None:
    """Check canvases against the method's best practices and common mistakes."""
    from relcanvas.lint.cache import LintCache, cache_dir_for
    from relcanvas.lint.config import ConfigError, ConfigFinder
    from relcanvas.lint.engine import lint_paths
    from relcanvas.lint.formatters import Style
    from relcanvas.lint.rule import Severity

    limits = limits_from(max_size, limit)
    try:
        finder = ConfigFinder(config, split_codes(select), split_codes(ignore))
        cache = None
        if not no_cache:
            cache = LintCache(cache_dir_for(finder), limits)
        report = run_jobs(
            lambda: lint_paths(
                paths or ["."],
                finder,
                limits,
                skip_non_canvas=skip_non_canvas,
                jobs=jobs,
                cache=cache,
            )
        )
    except SourceError as exc:
        fail(exc)
    except ConfigError as exc:
        fail(exc.text(chosen_lang(lang) or ui_lang()))
    warn_skipped(report.skipped)
    console = stdout()
    style = Style(
        color=console.is_terminal and not console.no_color,
        statistics=show_statistics,
        lang=chosen_lang(lang),
        fallback=env_lang(),
    )
    sys.stdout.write(FORMATTERS[output_format.value](report, style))
    if not report.files and not skip_non_canvas and not report.skipped:
        from relcanvas.i18n import t

        warn(t("cli.no_canvas", style.words))
    failed = not exit_zero and report.fails(Severity(fail_on.value))
    raise typer.Exit(EXIT_FOUND if failed else EXIT_OK)


@app.command("rules", help=h("rules"))
def list_rules(lang: LangOption = None) -> None:
    from rich.table import Table

    from relcanvas.lint.docs import block_label, severity_label
    from relcanvas.lint.engine import rules

    words = chosen_lang(lang) or ui_lang()
    rows = [
        (
            r.code,
            r.slug,
            severity_label(r, words),
            block_label(r.block, words),
            r.doc("summary", words),
        )
        for r in rules()
    ]
    console = stdout()
    if console.is_terminal:
        table = Table(*t("ruledoc.table_head", words).strip("| ").split(" | "), box=None)
        for row in rows:
            table.add_row(*row)
        console.print(table)
        return
    # Piped to a file or to grep: one rule per line, never wrapped, no trailing spaces.
    widths = [max(len(row[column]) for row in rows) for column in (1, 2, 3)]
    for code, slug, severity, block, summary in rows:
        cells = (
            f"{cell:<{width}}" for cell, width in zip((slug, severity, block), widths, strict=True)
        )
        typer.echo(f"{code}  {'  '.join(cells)}  {summary}")


@app.command("rule", help=h("rule"))
def show_rule(
    name: Annotated[str, typer.Argument(metavar="CODE|SLUG", help=h("rule_name"))],
    lang: LangOption = None,
) -> None:
    from relcanvas.lint.config import find_rule, unknown_rule
    from relcanvas.lint.docs import rule_text
    from relcanvas.lint.engine import rules

    rules()  # the registry, filled

    words = chosen_lang(lang) or ui_lang()
    found = find_rule(name)
    if found is None:
        fail(t("cli.unknown_rule", words, problem=unknown_rule(name).render(words)))
    typer.echo(rule_text(found, words))
