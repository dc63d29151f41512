"""Run the declared rules on canvases and turn their hits into positioned findings.

Rules only say *where* (a path into the canvas) and *what*. The engine attaches the rule's
code, slug, block and configured severity, finds the line and column in the file, applies
the configuration (select, ignore, per-file-ignores, options) and the inline suppressions,
and sorts findings by file, line, column and code. A file that does not validate yields its
loader problems as error findings (RC001-RC016) and no rule runs on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from relcanvas.diagnostics import ORIGIN, Position
from relcanvas.i18n import Lang, Message, as_message, lang_of, language_of, msg
from relcanvas.limits import MESSAGE_CHARS, shorten
from relcanvas.lint import rules as _rules  # noqa: F401  (fills the registry)
from relcanvas.lint.config import Config, ConfigFinder
from relcanvas.lint.rule import REGISTRY, Context, Hit, Rule, Severity
from relcanvas.lint.rules.format import INVALID_SUPPRESSION, UNUSED_SUPPRESSION
from relcanvas.lint.spans import Spans
from relcanvas.lint.suppress import scan
from relcanvas.loader import Limits, Loaded
from relcanvas.model import Path

if TYPE_CHECKING:
    from relcanvas.lint.cache import LintCache


@dataclass(frozen=True, order=True)
class Finding:
    """One finding, ready for every output format. Lines and columns are 1-based.

    The message is an id and its parameters, rendered by :meth:`text` in the language the
    reader chose, else the canvas's own (``lang``, "" when the file does not say it).
    """

    path: str
    line: int
    column: int
    code: str
    message: Message = field(compare=False)
    slug: str = field(compare=False)
    severity: Severity = field(compare=False)
    block: str = field(compare=False)
    end_line: int | None = field(default=None, compare=False)
    end_column: int | None = field(default=None, compare=False)
    """Just after the last character pointed at, when known (SARIF's exclusive end)."""
    entry: str = field(default="", compare=False)
    """The canvas path it is about, entries by id (``touchpoints[phone].channel``), or ""."""
    lang: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.message, str):  # text without an id (tests, older callers)
            object.__setattr__(self, "message", as_message(self.message))

    def text(self, lang: str | None = None, fallback: Lang = "en") -> str:
        """The message in ``lang``, else the canvas's language, else ``fallback``."""
        chosen = lang_of(lang or self.lang or fallback)
        return shorten(self.message.render(chosen), MESSAGE_CHARS)

    def fix(self, lang: str | None = None, fallback: Lang = "en") -> str:
        """How to put it right (the rule's hint), in the same language as :meth:`text`."""
        return fix_hint(self.code, lang_of(lang or self.lang or fallback))

    def to_json(self) -> dict[str, Any]:
        """Plain values only, so that a cache can store the finding and give it back."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "message": self.message.to_json(),
            "slug": self.slug,
            "severity": self.severity.value,
            "block": self.block,
            "lang": self.lang,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "entry": self.entry,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Finding:
        return cls(
            path=str(data["path"]),
            line=int(data["line"]),
            column=int(data["column"]),
            code=str(data["code"]),
            message=Message.from_json(data["message"]),
            slug=str(data["slug"]),
            severity=Severity(data["severity"]),
            block=str(data["block"]),
            lang=str(data.get("lang", "")),
            end_line=_optional_int(data.get("end_line")),
            end_column=_optional_int(data.get("end_column")),
            entry=str(data.get("entry", "")),
        )


def fix_hint(code: str, lang: Lang) -> str:
    """The one-line "how to fix" of a rule, in ``lang``."""
    from relcanvas.i18n import has, t

    key = f"{code.lower()}.fix"
    return t(key, lang) if has(key) else t("lint.see_rule", lang, code=code)


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


@dataclass(frozen=True)
class FileReport:
    path: str
    findings: tuple[Finding, ...]
    valid: bool
    lang: str = ""
    """The language the canvas is written in, "" when it does not say (for summaries)."""


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
    lang = config.lang or language_of(loaded.canvas, loaded.data)
    if not loaded.ok or loaded.canvas is None:
        problems = [
            _finding(loaded.name, REGISTRY[p.code], p.position, p.message, Severity.ERROR, lang)
            for p in loaded.problems
        ]
        return FileReport(loaded.name, tuple(sorted(problems)), valid=False, lang=lang)

    enabled = config.enabled(config_path or loaded.name)
    raw: list[tuple[Finding, frozenset[int]]] = []
    spans = Spans(loaded.text, loaded.data)
    for rule in rules():
        if rule.code not in enabled or rule.check is None:
            continue
        context = Context(options=config.options_of(rule), today=today or dt.date.today())
        try:
            hits = list(rule.check(loaded.canvas, context))
        except Exception as exc:  # a bug in relcanvas: one finding, and the run goes on
            error = f"{type(exc).__name__}: {exc}"
            message = msg("lint.internal_error", slug=rule.slug, error=error)
            failed = _finding(loaded.name, rule, ORIGIN, message, Severity.ERROR, lang)
            raw.append((failed, frozenset()))
            continue
        for hit in hits:
            position = _position(loaded, hit)
            severity = config.severity_of(rule)
            finding = _finding(loaded.name, rule, position, hit.message, severity, lang)
            finding = spans.locate(finding, hit.path, hit.at)
            raw.append((finding, _anchors(loaded, hit.path, position)))

    kept = _apply_suppressions(loaded, raw, enabled, config, lang)
    return FileReport(loaded.name, tuple(sorted(kept)), valid=True, lang=lang)


def _finding(
    name: str,
    rule: Rule,
    position: Position,
    message: Message | str,
    severity: Severity,
    lang: str = "",
) -> Finding:
    return Finding(
        path=name,
        line=position.line,
        column=position.column,
        code=rule.code,
        message=as_message(message),
        slug=rule.slug,
        severity=severity,
        block=rule.block,
        lang=lang,
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
    lang: str = "",
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

    def report(code: str, line: int, column: int, message: Message | str) -> None:
        if code in enabled:
            rule = REGISTRY[code]
            where = Position(line, column)
            kept.append(_finding(loaded.name, rule, where, message, config.severity_of(rule), lang))

    for s in suppressions:
        for name in s.names:
            if name in s.used or not (s.codes[name] & enabled):
                continue
            what = "ignore-file" if s.file_wide else "ignore"
            report(
                UNUSED_SUPPRESSION,
                s.line,
                s.column,
                msg("lint.unused_suppression", what=what, name=name),
            )
    for bad in malformed:
        report(INVALID_SUPPRESSION, bad.line, bad.column, bad.message)
    return kept
