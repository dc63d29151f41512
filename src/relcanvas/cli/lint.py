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
    HELP_LANG,
    JobsOption,
    LimitOption,
    MaxSize,
    SkipNonCanvas,
    fail,
    limits_from,
    run_jobs,
    split_codes,
    stdout,
    warn_skipped,
)
from relcanvas.i18n import t
from relcanvas.reading import SourceError


class LintFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


@app.command()
def lint(
    paths: Annotated[list[str], typer.Argument(help="Canvas files, directories, or - for stdin.")],
    output_format: Annotated[
        LintFormat, typer.Option("--format", "-f", help="Output format.")
    ] = LintFormat.text,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Lowest severity that makes the exit code 1.")
    ] = FailOn.warning,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")
    ] = False,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select", metavar="RULES", help="Only these rules (codes, prefixes, slugs)."
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore", metavar="RULES", help="Skip these rules (codes, prefixes, slugs)."
        ),
    ] = None,
    config: Annotated[
        str | None,
        typer.Option("--config", metavar="FILE", help="Use this config file, not the nearest."),
    ] = None,
    show_statistics: Annotated[
        bool, typer.Option("--statistics", help="Also count findings per rule.")
    ] = False,
    skip_non_canvas: SkipNonCanvas = False,
    max_size: MaxSize = None,
    limit: LimitOption = None,
    jobs: JobsOption = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help=t("perf.no_cache", HELP_LANG))
    ] = False,
) -> None:
    """Check canvases against the method's best practices and common mistakes."""
    from relcanvas.lint.cache import LintCache, cache_dir_for
    from relcanvas.lint.config import ConfigError, ConfigFinder
    from relcanvas.lint.engine import lint_paths
    from relcanvas.lint.formatters import FORMATTERS, Style
    from relcanvas.lint.rule import Severity

    limits = limits_from(max_size, limit)
    try:
        finder = ConfigFinder(config, split_codes(select), split_codes(ignore))
        cache = None
        if not no_cache:
            cache = LintCache(cache_dir_for(finder), limits)
        report = run_jobs(
            lambda: lint_paths(
                paths,
                finder,
                limits,
                skip_non_canvas=skip_non_canvas,
                jobs=jobs,
                cache=cache,
            )
        )
    except (SourceError, ConfigError) as exc:
        fail(str(exc))
    warn_skipped(report.skipped)
    console = stdout()
    style = Style(color=console.is_terminal and not console.no_color, statistics=show_statistics)
    sys.stdout.write(FORMATTERS[output_format.value](report, style))
    if not report.files and not skip_non_canvas and not report.skipped:
        typer.echo("relcanvas: warning: no canvas found in the given paths", err=True)
    failed = not exit_zero and report.fails(Severity(fail_on.value))
    raise typer.Exit(EXIT_FOUND if failed else EXIT_OK)


@app.command("rules")
def list_rules() -> None:
    """List every lint rule: code, slug, severity, block and what it flags."""
    from rich.table import Table

    from relcanvas.lint.engine import rules

    table = Table("code", "slug", "severity", "block", "summary", box=None, pad_edge=False)
    for r in rules():
        table.add_row(r.code, r.slug, r.severity.value, r.block, r.summary)
    console = stdout()
    if console.is_terminal:
        console.print(table)
        return
    # Piped to a file or to grep: one rule per line, never wrapped, no trailing spaces.
    width = max(len(r.slug) for r in rules())
    for r in rules():
        typer.echo(
            f"{r.code}  {r.slug:<{width}}  {r.severity.value:<7}  {r.block:<11}  {r.summary}"
        )


@app.command("rule")
def show_rule(
    name: Annotated[str, typer.Argument(metavar="CODE|SLUG", help="A rule's code or slug.")],
) -> None:
    """Explain one lint rule: why it matters, a bad and a good example, options, source."""
    from relcanvas.lint.config import find_rule, suggest
    from relcanvas.lint.formatters import example_text, source_label

    found = find_rule(name)
    if found is None:
        fail(f"unknown rule {name!r}{suggest(name)}; 'relcanvas rules' lists them")
    lines = [
        f"{found.code} {found.slug} ({found.severity.value}, block: {found.block})",
        "",
        found.summary,
        "",
        "Why it matters:",
        f"  {found.rationale}",
    ]
    for title, text in (("Bad", found.bad), ("Good", found.good)):
        lines += ["", f"{title}:"]
        lines += [f"  {line}" for line in example_text(text).rstrip("\n").split("\n")]
    if found.options:
        lines += ["", "Options:"]
        lines += [
            f"  {o.name} = {o.default!r} ({o.minimum:g} to {o.maximum:g}): {o.description}"
            for o in found.options
        ]
    if found.aliases:
        lines += ["", f"Also known as: {', '.join(found.aliases)}"]
    lines += ["", f"Source: {source_label(found.source)}"]
    typer.echo("\n".join(lines))
