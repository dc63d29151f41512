"""Lint reporters: one :class:`~relcanvas.lint.engine.LintReport`, several output formats.

Each reporter returns the whole output as text (the library never prints); the CLI writes
it. ``FORMATTERS`` (from :mod:`relcanvas.lint.formats`, the one registry) maps a
``--format`` name to its reporter. The JSON shape is documented in ``docs/lint-output.md``.
"""

from __future__ import annotations

import io
import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from rich.console import Console
from rich.text import Text

from relcanvas import __version__
from relcanvas.escape import annotation_data, annotation_property, plain
from relcanvas.lint.engine import Finding, LintReport, rules
from relcanvas.lint.fingerprint import SARIF_KEY, fingerprints
from relcanvas.lint.formats import FORMATTERS as FORMATTERS  # the registry, re-exported
from relcanvas.lint.rule import Rule, Severity
from relcanvas.loader import STDIN_NAME

JSON_VERSION = 1
"""Version of the JSON output's shape; raised when a field changes meaning or goes away."""

GITHUB_ANNOTATIONS_PER_LEVEL = 10
"""GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (and 50
per job), as documented in actions/toolkit ``docs/problem-matchers.md``, "Limitations"."""

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

_COLOURS = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


@dataclass(frozen=True)
class Style:
    """How the caller wants text output: colour, and counts per rule."""

    color: bool = False
    statistics: bool = False


Formatter = Callable[[LintReport, Style], str]


def _plural(count: int, word: str) -> str:
    if word == "info":
        return f"{count} info"
    return f"{count} {word}{'' if count == 1 else 's'}"


def _summary_line(report: LintReport) -> str:
    files = len(report.files)
    checked = f"Checked {_plural(files, 'file')}"
    findings = report.findings
    if not findings:
        return f"{checked}: no findings."
    counts = report.counts()
    parts = ", ".join(_plural(counts[s], s.value) for s in Severity if counts[s])
    touched = sum(1 for f in report.files if f.findings)
    return (
        f"{checked}: {_plural(len(findings), 'finding')} in {_plural(touched, 'file')} ({parts})."
    )


def statistics(report: LintReport) -> list[tuple[int, Finding]]:
    """(count, first finding) per rule, most frequent first, then by code."""
    counts = Counter(f.code for f in report.findings)
    first: dict[str, Finding] = {}
    for finding in report.findings:
        first.setdefault(finding.code, finding)
    return sorted(((n, first[c]) for c, n in counts.items()), key=lambda x: (-x[0], x[1].code))


def format_text(report: LintReport, style: Style) -> str:
    """``path:line:col: CODE message`` per finding, a blank line between files, a summary."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=style.color,
        no_color=not style.color,
        color_system="standard" if style.color else None,
        highlight=False,
        soft_wrap=True,
        width=10_000,
    )
    first = True
    for file in report.files:
        if not file.findings:
            continue
        if not first:
            console.print()
        first = False
        for f in file.findings:
            line = Text(f"{plain(f.path)}:{f.line}:{f.column}: ")
            line.append(f.code, style=_COLOURS[f.severity])
            line.append(f" {plain(f.message)}")
            console.print(line)
    if style.statistics and report.findings:
        console.print()
        for count, f in statistics(report):
            row = Text(f"{count:>5}  ")
            row.append(f.code, style=_COLOURS[f.severity])
            row.append(f"  {f.slug}")
            console.print(row)
    if report.findings:
        console.print()
    console.print(_summary_line(report))
    return buffer.getvalue()


def _finding_json(f: Finding) -> dict[str, Any]:
    return {
        "path": f.path,
        "line": f.line,
        "column": f.column,
        "code": f.code,
        "slug": f.slug,
        "severity": f.severity.value,
        "block": f.block,
        "message": f.message,
    }


def format_json(report: LintReport, style: Style) -> str:
    counts = report.counts()
    document = {
        "version": JSON_VERSION,
        "tool": {"name": "relcanvas", "version": __version__},
        "findings": [_finding_json(f) for f in report.findings],
        "summary": {
            "files": len(report.files),
            "files_with_findings": sum(1 for f in report.files if f.findings),
            "invalid_files": sum(1 for f in report.files if not f.valid),
            "findings": len(report.findings),
            "by_severity": {s.value: counts[s] for s in Severity},
            "by_rule": {f.code: n for n, f in sorted(statistics(report), key=lambda x: x[1].code)},
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# --- SARIF ----------------------------------------------------------------------------------

_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A relative URI with forward slashes when the file is under the current directory."""
    if path == STDIN_NAME:
        return "stdin"
    absolute = Path(os.path.abspath(path))
    try:
        return quote(absolute.relative_to(Path.cwd()).as_posix())
    except ValueError:
        return absolute.as_uri()


def rule_help(rule: Rule) -> str:
    """The rule's documentation as Markdown (SARIF help, ``docs/rules.md``)."""
    parts = [
        rule.summary,
        "",
        f"**Why.** {rule.rationale}",
        "",
        "Bad:",
        "",
        "```yaml",
        example_text(rule.bad).rstrip("\n"),
        "```",
        "",
        "Good:",
        "",
        "```yaml",
        example_text(rule.good).rstrip("\n"),
        "```",
    ]
    if rule.options:
        parts += ["", "Options:", ""]
        parts += [f"- `{o.name}` (default `{o.default!r}`): {o.description}" for o in rule.options]
    parts += ["", f"Source: {source_label(rule.source)}."]
    return "\n".join(parts)


def example_text(text: str) -> str:
    """An example as shown to readers: raw bytes it stands for are written ``\\xNN``."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def source_label(source: str) -> str:
    if source == "format":
        return "the relcanvas file format"
    numbers = source.split("+")
    noun = "seed document" if len(numbers) == 1 else "seed documents"
    return f"{noun} {', '.join(numbers)}"


def _sarif_rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.slug,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.rationale},
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
        "help": {"text": f"{rule.summary} {rule.rationale}", "markdown": rule_help(rule)},
        "properties": {"block": rule.block, "tags": [rule.block]},
    }


def _sarif_region(f: Finding) -> dict[str, int]:
    region = {"startLine": f.line, "startColumn": f.column}
    if f.end_line is not None and f.end_column is not None:
        region |= {"endLine": f.end_line, "endColumn": f.end_column}
    return region


def _sarif_result(f: Finding, rule_index: int, fingerprint: str) -> dict[str, Any]:
    return {
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": _SARIF_LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(f.path)},
                    "region": _sarif_region(f),
                }
            }
        ],
        "partialFingerprints": {SARIF_KEY: fingerprint},
    }


def format_sarif(report: LintReport, style: Style) -> str:
    declared = rules()
    index = {rule.code: i for i, rule in enumerate(declared)}
    findings = report.findings
    prints = fingerprints(findings, artifact_uri)
    results = [_sarif_result(f, index[f.code], p) for f, p in zip(findings, prints, strict=True)]
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "relcanvas",
                        "version": __version__,
                        "rules": [_sarif_rule(r) for r in declared],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# --- GitHub workflow commands ---------------------------------------------------------------

_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def format_github(report: LintReport, style: Style) -> str:
    """One annotation per finding, grouped per file, and a notice when GitHub would hide some."""
    lines: list[str] = []
    for file in report.files:
        if not file.findings:
            continue
        lines.append(f"::group::{annotation_data(file.path)}")
        for f in file.findings:
            props = ",".join(
                f"{key}={annotation_property(value)}"
                for key, value in (
                    ("file", f.path),
                    ("line", str(f.line)),
                    ("col", str(f.column)),
                    ("title", f.code),
                )
            )
            lines.append(f"::{_GITHUB_LEVEL[f.severity]} {props}::{annotation_data(f.message)}")
        lines.append("::endgroup::")
    counts = report.counts()
    if any(n > GITHUB_ANNOTATIONS_PER_LEVEL for n in counts.values()):
        lines.append(
            "::notice title=relcanvas::"
            + annotation_data(
                f"{_summary_line(report)} GitHub shows at most {GITHUB_ANNOTATIONS_PER_LEVEL} "
                "annotations of each level per step: the full list is in this step's log."
            )
        )
    return "\n".join(lines) + ("\n" if lines else "")
