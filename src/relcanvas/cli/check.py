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
    LimitOption,
    MaxSize,
    ReportFormat,
    SkipNonCanvas,
    fail,
    limits_from,
    problem_lines,
    run_jobs,
    warn_skipped,
)
from relcanvas.reading import SourceError


@app.command()
def validate(
    paths: Annotated[list[str], typer.Argument(help="Canvas files, directories, or - for stdin.")],
    output_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ReportFormat.text,
    skip_non_canvas: SkipNonCanvas = False,
    max_size: MaxSize = None,
    limit: LimitOption = None,
    jobs: JobsOption = None,
) -> None:
    """Check that files are well-formed canvases: structure, vocabularies, references."""
    from relcanvas.validation import validate_paths

    limits = limits_from(max_size, limit)
    try:
        report = run_jobs(
            lambda: validate_paths(paths, limits, skip_non_canvas=skip_non_canvas, jobs=jobs)
        )
    except SourceError as exc:
        fail(str(exc))
    warn_skipped(report.skipped)
    if output_format is ReportFormat.json:
        typer.echo(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
    else:
        for loaded in report.files:
            for line in problem_lines(loaded):
                typer.echo(line)
        if not report.files and not skip_non_canvas and not report.skipped:
            typer.echo("relcanvas: warning: no canvas found in the given paths", err=True)
        elif report.files or skip_non_canvas:
            files = len(report.files)
            bad = len(report.invalid)
            noun = "file" if files == 1 else "files"
            if bad:
                typer.echo(
                    f"Checked {files} {noun}: {bad} invalid, {report.problem_count} "
                    f"problem{'s' if report.problem_count != 1 else ''}."
                )
            else:
                typer.echo(f"Checked {files} {noun}: all valid.")
    raise typer.Exit(EXIT_FOUND if report.invalid else EXIT_OK)
