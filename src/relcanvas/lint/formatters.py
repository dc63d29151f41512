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
from relcanvas.i18n import Lang, lang_of, t
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
    """How the caller wants output: colour, counts per rule, and the language.

    ``lang`` is the reader's choice (``--lang``, the config's ``lang``) and wins for every
    message; without it a finding speaks its canvas's language, and everything else
    (summaries, rule help) speaks ``fallback`` (the environment's language, else English).
    """

    color: bool = False
    statistics: bool = False
    lang: Lang | None = None
    fallback: Lang = "en"

    @property
    def words(self) -> Lang:
        """The language of what is about no one canvas: rule help, summaries of no finding."""
        return self.lang or self.fallback

    def words_for(self, report: LintReport) -> Lang:
        """The summary's language: the canvases' own when they all speak one language."""
        spoken = {f.lang for f in report.files}
        if self.lang is None and len(spoken) == 1 and "" not in spoken:
            return lang_of(spoken.pop())
        return self.words

    def text(self, finding: Finding) -> str:
        return finding.text(self.lang, self.fallback)

    def fix(self, finding: Finding) -> str:
        return finding.fix(self.lang, self.fallback)


Formatter = Callable[[LintReport, Style], str]


_SEVERITY_WORDS = {
    Severity.ERROR: "lint.errors",
    Severity.WARNING: "lint.warnings",
    Severity.INFO: "lint.infos",
}


def summary_line(report: LintReport, lang: Lang) -> str:
    """``Checked 2 files: 3 findings in 1 file (1 error, 2 warnings).``, in ``lang``."""
    checked = t("lint.checked", lang, count=len(report.files))
    findings = report.findings
    if not findings:
        return t("lint.no_findings", lang, checked=checked)
    counts = report.counts()
    parts = ", ".join(t(_SEVERITY_WORDS[s], lang, count=counts[s]) for s in Severity if counts[s])
    touched = sum(1 for f in report.files if f.findings)
    return t(
        "lint.summary",
        lang,
        checked=checked,
        findings=t("lint.findings", lang, count=len(findings)),
        files=t("lint.files", lang, count=touched),
        parts=parts,
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
            line.append(f" {plain(style.text(f))}")
            console.print(line)
            said = style.lang or f.lang or style.fallback
            console.print(Text("    " + t("lint.fix_line", said, fix=plain(style.fix(f)))))
    if style.statistics and report.findings:
        console.print()
        for count, f in statistics(report):
            row = Text(f"{count:>5}  ")
            row.append(f.code, style=_COLOURS[f.severity])
            row.append(f"  {f.slug}")
            console.print(row)
    if report.findings:
        console.print()
    console.print(summary_line(report, style.words_for(report)))
    return buffer.getvalue()


def _finding_json(f: Finding, style: Style) -> dict[str, Any]:
    return {
        "path": f.path,
        "line": f.line,
        "column": f.column,
        "code": f.code,
        "slug": f.slug,
        "severity": f.severity.value,
        "block": f.block,
        "message": style.text(f),
        "fix": style.fix(f),
    }


def format_json(report: LintReport, style: Style) -> str:
    counts = report.counts()
    document = {
        "version": JSON_VERSION,
        "tool": {"name": "relcanvas", "version": __version__},
        "findings": [_finding_json(f, style) for f in report.findings],
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


def rule_help(rule: Rule, lang: Lang = "en") -> str:
    """The rule's documentation as Markdown (SARIF help), in ``lang``."""
    from relcanvas.lint.docs import rule_markdown

    return rule_markdown(rule, lang)


def _sarif_rule(rule: Rule, lang: Lang) -> dict[str, Any]:
    fix, summary, why = (rule.doc(part, lang) for part in ("fix", "summary", "why"))
    return {
        "id": rule.code,
        "name": rule.slug,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": why},
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
        "help": {"text": f"{fix} ({summary}. {why})", "markdown": rule_help(rule, lang)},
        "properties": {"block": rule.block, "tags": [rule.block]},
    }


def _sarif_region(f: Finding) -> dict[str, int]:
    region = {"startLine": f.line, "startColumn": f.column}
    if f.end_line is not None and f.end_column is not None:
        region |= {"endLine": f.end_line, "endColumn": f.end_column}
    return region


def _sarif_result(f: Finding, rule_index: int, fingerprint: str, text: str) -> dict[str, Any]:
    return {
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": _SARIF_LEVEL[f.severity],
        "message": {"text": text},
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
    results = [
        _sarif_result(f, index[f.code], p, style.text(f))
        for f, p in zip(findings, prints, strict=True)
    ]
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "relcanvas",
                        "version": __version__,
                        "rules": [_sarif_rule(r, style.words) for r in declared],
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
                    ("title", f"{f.code} {f.slug}"),
                )
            )
            data = f"{annotation_data(style.text(f))}%0A{annotation_data(style.fix(f))}"
            lines.append(f"::{_GITHUB_LEVEL[f.severity]} {props}::{data}")
        lines.append("::endgroup::")
    counts = report.counts()
    if any(n > GITHUB_ANNOTATIONS_PER_LEVEL for n in counts.values()):
        lines.append(
            "::notice title=relcanvas::"
            + annotation_data(
                summary_line(report, style.words_for(report))
                + " "
                + t(
                    "lint.github_hidden",
                    style.words_for(report),
                    count=GITHUB_ANNOTATIONS_PER_LEVEL,
                )
            )
        )
    return "\n".join(lines) + ("\n" if lines else "")
