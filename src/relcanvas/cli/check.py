"""``validate``: is each file a well-formed canvas?"""

from __future__ import annotations

import json
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
    ReportFormat,
    SkipNonCanvas,
    chosen_lang,
    env_lang,
    fail,
    limits_from,
    problem_lines,
    run_jobs,
    warn,
    warn_skipped,
)
from relcanvas.cli.words import h
from relcanvas.reading import SourceError

TEXT = ReportFormat("text")


@app.command(help=h("validate"))
def validate(
    paths: Annotated[list[str] | None, typer.Argument(metavar="PATH", help=h("paths"))] = None,
    output_format: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", metavar="FORMAT", help=h("format", *ReportFormat)),
    ] = TEXT,
    skip_non_canvas: SkipNonCanvas = False,
    max_size: MaxSize = None,
    limit: LimitOption = None,
    lang: LangOption = None,
    jobs: JobsOption = None,
) -> None:
    """Check that files are well-formed canvases: structure, vocabularies, references."""
    from relcanvas.i18n import lang_of, t
    from relcanvas.validation import validate_paths

    limits = limits_from(max_size, limit)
    try:
        report = run_jobs(
            lambda: validate_paths(
                paths or ["."], limits, skip_non_canvas=skip_non_canvas, jobs=jobs
            )
        )
    except SourceError as exc:
        fail(exc)
    warn_skipped(report.skipped)
    if output_format == "json":
        document = report.as_json(chosen_lang(lang), env_lang())
        typer.echo(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        spoken = {f.language for f in report.files}
        own = spoken.pop() if len(spoken) == 1 else ""
        words = chosen_lang(lang) or lang_of(own or env_lang())
        for loaded in report.files:
            for line in problem_lines(loaded, chosen_lang(lang)):
                typer.echo(line)
        if not report.files and not skip_non_canvas and not report.skipped:
            warn(t("cli.no_canvas", words))
        elif report.files or skip_non_canvas:
            checked = t("lint.checked", words, count=len(report.files))
            if report.invalid:
                problems = t("validate.problems", words, count=report.problem_count)
                invalid = t("validate.invalid", words, count=len(report.invalid))
                typer.echo(
                    t(
                        "validate.summary",
                        words,
                        checked=checked,
                        invalid=invalid,
                        problems=problems,
                    )
                )
            else:
                typer.echo(t("validate.all_valid", words, checked=checked))
    raise typer.Exit(EXIT_FOUND if report.invalid else EXIT_OK)
