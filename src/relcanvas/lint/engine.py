"""Run the declared rules on canvases and turn their hits into positioned findings.

Rules only say *where* (a path into the canvas) and *what*. The engine attaches the rule's
code, slug, block and configured severity, finds the line and column in the file, applies
the configuration (select, ignore, per-file-ignores, options) and the inline suppressions,
and sorts findings by file, line, column and code. A file that does not validate yields its
loader problems as error findings (RC001-RC016) and no rule runs on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from relcanvas.diagnostics import ORIGIN, Position
from relcanvas.limits import MESSAGE_CHARS, shorten
from relcanvas.lint import rules as _rules  # noqa: F401  (fills the registry)
from relcanvas.lint.config import Config, ConfigFinder
from relcanvas.lint.rule import REGISTRY, Context, Hit, Rule, Severity
from relcanvas.lint.rules.format import INVALID_SUPPRESSION, UNUSED_SUPPRESSION
from relcanvas.lint.suppress import scan
from relcanvas.loader import Limits, Loaded
from relcanvas.model import Path

if TYPE_CHECKING:
    from relcanvas.lint.cache import LintCache


@dataclass(frozen=True, order=True)
class Finding:
    """One finding, ready for every output format. Lines and columns are 1-based."""

    path: str
    line: int
    column: int
    code: str
    message: str
    slug: str = field(compare=False)
    severity: Severity = field(compare=False)
    block: str = field(compare=False)


@dataclass(frozen=True)
class FileReport:
    path: str
    findings: tuple[Finding, ...]
    valid: bool


@dataclass(frozen=True)
class LintReport:
    """Every file linted, in the order given, each with its sorted findings."""

    files: tuple[FileReport, ...]
    skipped: tuple[str, ...] = ()
    """Why some files were not read (links leading outside, special files), for warnings."""

    @property
    def findings(self) -> list[Finding]:
        return [f for report in self.files for f in report.findings]

    def counts(self) -> dict[Severity, int]:
        counts = dict.fromkeys(Severity, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    def fails(self, threshold: Severity) -> bool:
        """True when some finding is at or above the threshold severity."""
        return any(f.severity.rank >= threshold.rank for f in self.findings)


def rules() -> list[Rule]:
    """Every declared rule, sorted by code."""
    return [REGISTRY[code] for code in sorted(REGISTRY)]


def lint_paths(
    paths: Iterable[str],
    finder: ConfigFinder | None = None,
    limits: Limits | None = None,
    today: dt.date | None = None,
    *,
    skip_non_canvas: bool = False,
    jobs: int | None = 1,
    cache: LintCache | None = None,
) -> LintReport:
    """Lint files, directories (canvases found by walking) and ``-`` (stdin).

    ``jobs``: worker processes (None: one per core when there are many files); ``cache``:
    where findings of unchanged files are kept (:mod:`relcanvas.lint.cache`). Raises
    :class:`~relcanvas.loader.SourceError` for a path that cannot be read,
    :class:`~relcanvas.lint.config.ConfigError` for a bad config.
    """
    from relcanvas.lint.batch import lint_many

    reports, skipped = lint_many(
        paths,
        finder or ConfigFinder(),
        limits or Limits(),
        today or dt.date.today(),
        skip_non_canvas=skip_non_canvas,
        jobs=jobs,
        cache=cache,
    )
    return LintReport(tuple(reports), tuple(skipped))


def lint_loaded(
    loaded: Loaded,
    config: Config | None = None,
    today: dt.date | None = None,
    config_path: str | None = None,
) -> FileReport:
    """Lint one loaded file. ``config_path`` is the path per-file-ignores match against."""
    config = config or Config()
    if not loaded.ok or loaded.canvas is None:
        problems = [
            _finding(loaded.name, REGISTRY[p.code], p.position, p.message, Severity.ERROR)
            for p in loaded.problems
        ]
        return FileReport(loaded.name, tuple(sorted(problems)), valid=False)

    enabled = config.enabled(config_path or loaded.name)
    raw: list[tuple[Finding, frozenset[int]]] = []
    for rule in rules():
        if rule.code not in enabled or rule.check is None:
            continue
        context = Context(options=config.options_of(rule), today=today or dt.date.today())
        try:
            hits = list(rule.check(loaded.canvas, context))
        except Exception as exc:  # a bug in relcanvas: one finding, and the run goes on
            failed = f"internal error: rule {rule.slug} failed ({type(exc).__name__}: {exc})"
            message = f"{failed}; please report it with this file"
            raw.append((_finding(loaded.name, rule, ORIGIN, message, Severity.ERROR), frozenset()))
            continue
        for hit in hits:
            position = _position(loaded, hit)
            finding = _finding(loaded.name, rule, position, hit.message, config.severity_of(rule))
            raw.append((finding, _anchors(loaded, hit.path, position)))

    kept = _apply_suppressions(loaded, raw, enabled, config)
    return FileReport(loaded.name, tuple(sorted(kept)), valid=True)


def _finding(
    name: str, rule: Rule, position: Position, message: str, severity: Severity
) -> Finding:
    return Finding(
        path=name,
        line=position.line,
        column=position.column,
        code=rule.code,
        message=shorten(message, MESSAGE_CHARS),
        slug=rule.slug,
        severity=severity,
        block=rule.block,
    )


def _position(loaded: Loaded, hit: Hit) -> Position:
    if not hit.path:
        return ORIGIN
    if hit.at == "key":
        return loaded.positions.key(hit.path)
    return loaded.positions.value(hit.path)


def _anchors(loaded: Loaded, path: Path, position: Position) -> frozenset[int]:
    """Lines a suppression may target to cover this finding: its own, and its entries'."""
    lines = {position.line}
    for depth in range(1, len(path)):
        if isinstance(path[depth], int):
            lines.add(loaded.positions.value(path[: depth + 1]).line)
    return frozenset(lines)


def _apply_suppressions(
    loaded: Loaded,
    raw: list[tuple[Finding, frozenset[int]]],
    enabled: frozenset[str],
    config: Config,
) -> list[Finding]:
    suppressions, malformed = scan(loaded.text)
    kept: list[Finding] = []
    for finding, anchors in raw:
        covered = False
        for s in suppressions:
            if not s.file_wide and s.target not in anchors:
                continue
            for name, codes in s.codes.items():
                if finding.code in codes:
                    s.used.add(name)
                    covered = True
        if not covered:
            kept.append(finding)

    def report(code: str, line: int, column: int, message: str) -> None:
        if code in enabled:
            rule = REGISTRY[code]
            kept.append(
                _finding(
                    loaded.name, rule, Position(line, column), message, config.severity_of(rule)
                )
            )

    for s in suppressions:
        for name in s.names:
            if name in s.used or not (s.codes[name] & enabled):
                continue
            what = "ignore-file" if s.file_wide else "ignore"
            report(
                UNUSED_SUPPRESSION,
                s.line,
                s.column,
                f"unused suppression: {what}[{name}] covers no finding here; remove it",
            )
    for bad in malformed:
        report(INVALID_SUPPRESSION, bad.line, bad.column, bad.message)
    return kept
