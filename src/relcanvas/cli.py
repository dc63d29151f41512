"""The ``relcanvas`` command line: thin Typer commands over the library.

Each command parses its options, calls the library, prints, and maps the outcome to an exit
code in one place: 0 nothing to report, 1 something found, 2 the command could not run.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

import relcanvas
from relcanvas.escape import plain
from relcanvas.loader import Limits, Loaded, SourceError
from relcanvas.output import OutputError, check_writable, write_atomic

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2

app = typer.Typer(
    name="relcanvas",
    help="Validate, lint, diff and render 'Modes de relation' customer-relationship canvases.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Lang(StrEnum):
    fr = "fr"
    en = "en"


class ReportFormat(StrEnum):
    text = "text"
    json = "json"


def stdout() -> Console:
    """A console on stdout: colour only on a terminal, never when NO_COLOR is set."""
    return Console(highlight=False, soft_wrap=True)


def fail(message: str) -> NoReturn:
    """One line on stderr and exit 2: the command could not do its job."""
    typer.echo(f"relcanvas: error: {plain(message)}", err=True)
    raise typer.Exit(EXIT_ERROR)


def limits_from(max_size: int | None, settings: list[str] | None = None) -> Limits:
    """The default limits, with ``--max-size`` and each ``--limit NAME=N`` applied."""
    from relcanvas.limits import parse_limit

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


def problem_lines(loaded: Loaded) -> list[str]:
    """``path:line:col: CODE message`` for each problem of a file."""
    name = plain(loaded.name)
    return [f"{name}:{p.line}:{p.column}: {p.code} {plain(p.message)}" for p in loaded.problems]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"relcanvas {relcanvas.__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Validate, lint, diff and render 'Modes de relation' customer-relationship canvases."""


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


# --- init ---------------------------------------------------------------------------------


@app.command()
def init(
    path: Annotated[str, typer.Argument(help="File to create, or - for stdout.")] = "canvas.yaml",
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the guide.")] = Lang.fr,
    title: Annotated[str | None, typer.Option("--title", help="The canvas's title.")] = None,
    schema: Annotated[
        str | None,
        typer.Option("--schema", metavar="REF", help="Schema path or URL for the editor modeline."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a starter canvas that validates, with each block's guiding question."""
    from relcanvas.schema import SCHEMA_URL
    from relcanvas.starter import starter_canvas

    text = starter_canvas(lang.value, title, schema_ref=schema or SCHEMA_URL)
    if path == "-":
        sys.stdout.write(text)
        return
    try:
        write_atomic(path, text, force=force)
    except OutputError as exc:
        fail(str(exc))
    typer.echo(f"Created {plain(path)}", err=True)


# --- validate -----------------------------------------------------------------------------


@app.command()
def validate(
    paths: Annotated[list[str], typer.Argument(help="Canvas files, directories, or - for stdin.")],
    output_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ReportFormat.text,
    skip_non_canvas: SkipNonCanvas = False,
    max_size: MaxSize = None,
    limit: LimitOption = None,
) -> None:
    """Check that files are well-formed canvases: structure, vocabularies, references."""
    from relcanvas.validation import validate_paths

    limits = limits_from(max_size, limit)
    try:
        report = validate_paths(paths, limits, skip_non_canvas=skip_non_canvas)
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


# --- schema -------------------------------------------------------------------------------


@app.command()
def schema(
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Print the JSON Schema of the canvas format (for editors and check-jsonschema)."""
    from relcanvas.schema import schema_text

    text = schema_text()
    if output in (None, "-"):
        sys.stdout.write(text)
        return
    try:
        write_atomic(Path(output), text, force=force)
    except OutputError as exc:
        fail(str(exc))


# --- lint -----------------------------------------------------------------------------------


class LintFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


def _split_codes(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


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
) -> None:
    """Check canvases against the method's best practices and common mistakes."""
    from relcanvas.lint.config import ConfigError, ConfigFinder
    from relcanvas.lint.engine import lint_paths
    from relcanvas.lint.formatters import FORMATTERS, Style
    from relcanvas.lint.rule import Severity

    limits = limits_from(max_size, limit)
    try:
        finder = ConfigFinder(config, _split_codes(select), _split_codes(ignore))
        report = lint_paths(paths, finder, limits, skip_non_canvas=skip_non_canvas)
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


# --- diff -----------------------------------------------------------------------------------


class DiffFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


def _diff_side(path: str, revision: str | None, limits: Limits) -> Loaded:
    """One side of a diff: a file (or ``-``), or the file as committed at a revision."""
    from relcanvas.diff.git import GitError, show
    from relcanvas.loader import load_bytes, load_path

    try:
        if revision is None:
            return load_path(path, limits)
        return load_bytes(show(revision, path, limits.max_bytes), f"{revision}:{path}", limits)
    except (SourceError, GitError) as exc:
        fail(str(exc))


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
    if fmt is DiffFormat.json:
        typer.echo(json_text(as_json(diff, lang, *names, stat=stat)))
    elif fmt is DiffFormat.markdown:
        sys.stdout.write(markdown(diff, lang, *names, stat=stat))
    elif stat:
        for line in stat_lines(diff, lang):
            console.print(line)
    else:
        for text in text_lines(diff, lang, *names, header=header):
            console.print(text)


@app.command()
def diff(
    args: Annotated[
        list[str],
        typer.Argument(
            metavar="OLD NEW | REV PATH | REV1 REV2 PATH",
            help="Two files; a git revision and a file (against the working copy); "
            "or two revisions and a file.",
        ),
    ],
    output_format: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="Output format.")
    ] = DiffFormat.text,
    stat: Annotated[bool, typer.Option("--stat", help="Only count the changes per block.")] = False,
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit with 1 when there are changes.")
    ] = False,
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="Language of labels (default: the new canvas's).")
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
        sides = [(args[1], args[0]), (args[1], None)]
    elif len(args) == 3:
        sides = [(args[2], args[0]), (args[2], args[1])]
    else:
        fail("diff takes OLD NEW, REV PATH or REV1 REV2 PATH")
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


@app.command("git-diff")
def git_diff(
    args: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE",
            help="The arguments git passes to diff.relcanvas.command.",
        ),
    ],
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="Language of labels (default: the new canvas's).")
    ] = None,
) -> None:
    """The diff driver git runs for *.canvas.yaml files (see docs/diff.md). Always exits 0."""
    import difflib

    from relcanvas.diff import compare
    from relcanvas.diff.git import DriverArgs, blank_like

    try:
        given = DriverArgs.parse(args)
    except ValueError as exc:
        fail(str(exc))
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
    _diff_report(found, chosen, names, DiffFormat.text, False, console, header=False)


def _git_driver_side(name: str) -> Loaded:
    from relcanvas.loader import load_path

    try:
        return load_path(name)
    except SourceError as exc:
        fail(str(exc))


# --- render ---------------------------------------------------------------------------------


class RenderFormat(StrEnum):
    html = "html"
    pdf = "pdf"
    md = "md"


class Paper(StrEnum):
    a4 = "a4"
    a3 = "a3"
    a2 = "a2"
    a1 = "a1"
    a0 = "a0"
    letter = "letter"
    tabloid = "tabloid"


def _render_format(out: str, chosen: RenderFormat | None) -> RenderFormat:
    from relcanvas.render import SUFFIXES

    if chosen is not None:
        return chosen
    if out == "-":
        fail("writing to stdout needs --format html or --format md")
    found = SUFFIXES.get(Path(out).suffix.lower())
    if found is None:
        fail(f"{out}: cannot tell the format from the extension; use --format html|pdf|md")
    return RenderFormat(found)


@app.command()
def render(
    canvas: Annotated[
        str | None, typer.Argument(help="Canvas file (or - for stdin); leave out with --blank.")
    ] = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="File to write (.html, .pdf, .md), or -.")
    ] = "",
    output_format: Annotated[
        RenderFormat | None,
        typer.Option("--format", "-f", help="Output format; default from the extension."),
    ] = None,
    paper: Annotated[
        Paper | None, typer.Option("--paper", help="Sheet size, landscape (default a3; a4 blank).")
    ] = None,
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="Language; default: the canvas's language.")
    ] = None,
    blank: Annotated[
        bool, typer.Option("--blank", help="A workshop handout with empty blocks.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    fit: Annotated[
        bool, typer.Option("--fit", help="PDF: shrink the type (to 6 pt at A4) to fit one sheet.")
    ] = False,
    max_size: MaxSize = None,
    limit: LimitOption = None,
) -> None:
    """Render a canvas (or a blank handout) as a print-ready PDF, HTML page or Markdown."""
    from relcanvas import render as R
    from relcanvas.loader import load_path

    if not output:
        fail("missing --output/-o (a file, or - for stdout)")
    if blank == (canvas is not None):
        fail("give a CANVAS file, or --blank for a workshop handout (not both)")
    fmt = _render_format(output, output_format)
    if output == "-" and fmt is RenderFormat.pdf:
        fail("a PDF cannot go to stdout; give a file name with -o")
    if blank and fmt is RenderFormat.md:
        fail("--blank makes HTML or PDF, not Markdown")
    sheet = (paper or (Paper.a4 if blank else Paper.a3)).value
    if output != "-":
        _may_write(output, force, (canvas,) if canvas else ())
    data: str | bytes
    if canvas is None:
        language = (lang or Lang.fr).value
        data = (
            R.blank_pdf(language, sheet)
            if fmt is RenderFormat.pdf
            else (R.blank_html(language, sheet))
        )
    else:
        limits = limits_from(max_size, limit)
        try:
            loaded = load_path(canvas, limits)
        except SourceError as exc:
            fail(str(exc))
        if not loaded.ok or loaded.canvas is None:
            for line in problem_lines(loaded):
                typer.echo(line, err=True)
            typer.echo(f"relcanvas: error: {plain(loaded.name)}: not a valid canvas", err=True)
            raise typer.Exit(EXIT_FOUND)
        language = (lang.value if lang else None) or str(loaded.canvas.language)
        if fmt is RenderFormat.pdf:
            choices: list[R.Choice] = []
            try:
                data = R.canvas_pdf(loaded.canvas, language, sheet, fit=fit, choices=choices)
            except R.TooLargeToPrint as exc:
                fail(f"{loaded.name}: {exc}")
            if fit and not all(c.fits for c in choices):
                typer.echo(
                    f"relcanvas: {loaded.name} does not fit one {sheet} sheet even at the "
                    "smallest type; rendered at the usual size, with continuation pages",
                    err=True,
                )
        elif fmt is RenderFormat.md:
            data = R.canvas_markdown(loaded.canvas, language)
        else:
            data = R.canvas_html(loaded.canvas, language, sheet)
    if output == "-":
        sys.stdout.write(data if isinstance(data, str) else data.decode("utf-8"))
        return
    inputs = (canvas,) if canvas else ()
    try:
        write_atomic(output, data, force=force, inputs=inputs)
    except OutputError as exc:
        fail(str(exc))
    typer.echo(f"Rendered {plain(output)}", err=True)


def _may_write(output: str, force: bool, inputs: tuple[str, ...]) -> None:
    """Refuse before rendering (a PDF takes seconds) what ``write_atomic`` refuses after."""
    try:
        check_writable(output, force=force, inputs=inputs)
    except OutputError as exc:
        fail(str(exc))


def main() -> None:
    """Console-script entry point."""
    app()
