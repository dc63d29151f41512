"""What a lint rule is: declared metadata plus a check that yields hits.

Rules are data (as in yamllint, sqlfluff and ruff): ``relcanvas rule CODE``, ``rules``,
``docs/rules.md`` and the SARIF ``tool.driver.rules`` are all generated from these
declarations. A check never decides severity, suppression or output: it only says where
(a path into the canvas) and what. The engine does the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from relcanvas.i18n import Message
from relcanvas.limits import Limits
from relcanvas.lint.severity import Severity as Severity
from relcanvas.model import Canvas, Path


@dataclass(frozen=True)
class Option:
    """A rule option (a threshold) with its default, settable in the config."""

    name: str
    default: Any
    description: str
    minimum: float = 0
    maximum: float = 10_000
    """The range a configured value must fall in (checked when the config is read, so that
    a rule never meets a negative count or a number that overflows date arithmetic)."""


@dataclass(frozen=True)
class Hit:
    """What a check reports: the path it points at and the message (an id and parameters,
    rendered in the reader's language at output time).

    ``path`` follows the YAML: ``("touchpoints", 3, "channel")`` is the channel of the
    fourth touchpoint; ``("touchpoints",)`` is the block itself. ``at="key"`` points at the
    key that introduces the path instead of its value (for a missing field, point at the
    entry: ``("touchpoints", 3)``). A path that the file does not contain falls back to the
    nearest enclosing one, and to the top of the file.
    """

    path: Path
    message: Message
    at: Literal["value", "key"] = "value"


@dataclass(frozen=True)
class Context:
    """What a check may know besides the canvas: its options and today's date."""

    options: Mapping[str, Any] = field(default_factory=dict)
    today: dt.date = field(default_factory=dt.date.today)


Check = Callable[[Canvas, Context], Iterable[Hit]]


EXAMPLE_TODAY = dt.date(2026, 6, 1)
"""The date examples are linted on (``Context.today``), so that date rules stay stable."""


@dataclass(frozen=True)
class Rule:
    """A declared rule. ``check`` is None for the format codes (RC0xx) the loader reports.

    The examples convention (``bad`` / ``good``), checked for every rule by
    ``tests/lint/test_docs.py`` and shown verbatim in ``docs/rules.md`` and ``relcanvas rule``:

    - each is a **complete canvas YAML document**: it starts with ``relcanvas: 1`` and a
      ``title``, and holds only what the rule looks at (segments plus the block or blocks
      concerned). Nothing is added around it; the test lints the text as it is.
    - ``bad`` must validate and produce at least one finding of this rule; ``good`` must
      validate and produce none of this rule (other rules may fire: the examples are
      short on purpose). For the rules without a check (the loader's format codes and the
      engine's own, such as the unused-suppression one), ``bad`` must make the engine
      report this code, and ``good`` must not (and must validate).
    - both are linted with the rule's default options, ``today`` = :data:`EXAMPLE_TODAY`
      (write dates relative to it, e.g. ``updated: 2026-05-01`` is recent), and the limits
      in ``example_limits`` when set (``loader.Limits()`` otherwise).
    - the text is encoded as UTF-8 with ``surrogateescape``, so a lone surrogate
      ``\\udcXX`` stands for the raw byte XX (only the not-UTF-8 format example needs it).
    - keep them short (about 5-25 lines) and in the method's vocabulary; the good one is
      the bad one fixed, not an unrelated canvas.
    """

    code: str
    slug: str
    severity: Severity
    block: str
    """A block key (``interaction`` ... ``evolution``), or ``canvas`` / ``file``."""
    summary: str
    """One line: what the rule flags (names the pattern, not the fix)."""
    rationale: str
    """Why it matters for the method, in our own words."""
    bad: str
    """A YAML excerpt that triggers the rule."""
    good: str
    """The same excerpt, written so that it does not."""
    source: str
    """The source document(s) it comes from: "000", "001", "002+004", "format"."""
    options: tuple[Option, ...] = ()
    aliases: tuple[str, ...] = ()
    check: Check | None = None
    example_limits: Limits | None = None
    """Loader limits to lint the examples with (the format examples use small ones)."""

    def option_defaults(self) -> dict[str, Any]:
        return {o.name: o.default for o in self.options}

    def doc(self, part: str, lang: str) -> str:
        """A part of the rule's documentation in ``lang``: ``summary``, ``why``, ``notes``
        (how the engine reports it, "" when nothing to add), ``fix``, ``option.NAME``.

        The English ``summary`` and ``rationale`` declared here are the catalogue's English
        (``tests/lint/test_docs.py`` keeps them in step); rules declared by tests fall back
        to them.
        """
        from relcanvas.i18n import has, t

        key = f"{self.code.lower()}.{part}"
        if has(key):
            return t(key, lang)
        if part == "summary":
            return self.summary.rstrip(".")
        if part == "why":
            return self.rationale
        if part == "fix":
            return t("lint.see_rule", lang, code=self.code)
        if part.startswith("option."):
            found = [o.description for o in self.options if o.name == part[7:]]
            return found[0] if found else ""
        return ""


REGISTRY: dict[str, Rule] = {}
"""Every rule by code, filled when :mod:`relcanvas.lint.rules` is imported."""


def rule(
    *,
    code: str,
    slug: str,
    severity: Severity,
    block: str,
    summary: str,
    rationale: str,
    bad: str,
    good: str,
    source: str,
    options: tuple[Option, ...] = (),
    aliases: tuple[str, ...] = (),
) -> Callable[[Check], Check]:
    """Declare a rule around its check function."""

    def register(check: Check) -> Check:
        declare(
            Rule(
                code,
                slug,
                severity,
                block,
                summary,
                rationale,
                bad,
                good,
                source,
                options,
                aliases,
                check,
            )
        )
        return check

    return register


def declare(new: Rule) -> Rule:
    """Add a rule to the registry; codes and slugs must be unique."""
    if new.code in REGISTRY:
        raise ValueError(f"rule code {new.code} declared twice")
    if any(r.slug == new.slug for r in REGISTRY.values()):
        raise ValueError(f"rule slug {new.slug} declared twice")
    REGISTRY[new.code] = new
    return new
