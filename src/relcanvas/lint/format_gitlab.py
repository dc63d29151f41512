"""``lint --format gitlab``: GitLab's Code Quality report (``artifacts:reports:codequality``).

GitLab reads a JSON array of issues, each with ``description``, ``check_name``, a unique
``fingerprint``, a ``severity`` (info, minor, major, critical, blocker) and
``location.path`` / ``location.lines.begin``, as documented at
https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format. The fingerprint
is the one SARIF uses, so an issue keeps it across unrelated edits and GitLab can tell
which findings a merge request adds or fixes.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from relcanvas.lint.engine import Finding, LintReport
from relcanvas.lint.fingerprint import fingerprints
from relcanvas.lint.formatters import Style
from relcanvas.lint.rule import Severity
from relcanvas.loader import STDIN_NAME

SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}
"""Errors rank above warnings in the merge request widget; critical and blocker stay for
tools that can tell a broken build from a bad canvas."""


def repository_path(path: str) -> str:
    """The path relative to the working directory (the repository in CI), with slashes."""
    if path == STDIN_NAME:
        return "stdin"
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return absolute.as_posix()


def _issue(f: Finding, fingerprint: str, style: Style) -> dict[str, Any]:
    return {
        "description": f"{f.code} {style.text(f)}",
        "check_name": f.code,
        "fingerprint": fingerprint,
        "severity": SEVERITY[f.severity],
        "location": {"path": repository_path(f.path), "lines": {"begin": f.line}},
    }


def format_gitlab(report: LintReport, style: Style) -> str:
    findings = report.findings
    prints = fingerprints(findings, repository_path)
    issues = [_issue(f, p, style) for f, p in zip(findings, prints, strict=True)]
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
