"""The one registry of ``lint`` output formats: name -> reporter, with a description.

The CLI's ``--format`` choices, the docs and the tests all come from :data:`FORMATTERS`.
It is kept light (each reporter is imported when first called), so that the CLI can build
its choices at start-up without paying for the lint engine.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from relcanvas.lint.engine import LintReport
    from relcanvas.lint.formatters import Formatter, Style


@dataclass(frozen=True)
class OutputFormat:
    """A ``--format`` value: called like its reporter, ``(report, style) -> text``."""

    name: str
    reporter: str
    """``module:function`` of the reporter."""
    description: str
    """Catalogue id of the one-line description (:mod:`relcanvas.i18n`)."""

    def __call__(self, report: LintReport, style: Style) -> str:
        return self.load()(report, style)

    def load(self) -> Formatter:
        module, function = self.reporter.split(":")
        return cast("Formatter", getattr(importlib.import_module(module), function))


_BASE = "relcanvas.lint.formatters"

FORMATTERS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("text", f"{_BASE}:format_text", "ci.format.text"),
        OutputFormat("json", f"{_BASE}:format_json", "ci.format.json"),
        OutputFormat("sarif", f"{_BASE}:format_sarif", "ci.format.sarif"),
        OutputFormat("github", f"{_BASE}:format_github", "ci.format.github"),
        OutputFormat("gitlab", "relcanvas.lint.format_gitlab:format_gitlab", "ci.format.gitlab"),
        OutputFormat("junit", "relcanvas.lint.format_junit:format_junit", "ci.format.junit"),
    )
}
"""Every ``lint --format``, in the order ``--help`` lists them."""
