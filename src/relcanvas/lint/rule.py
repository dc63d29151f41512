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
from enum import StrEnum
from typing import Any, Literal

from relcanvas.model import Canvas, Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True)
class Option:
    """A rule option (a threshold) with its default, settable in the config."""

    name: str
    default: Any
    description: str


@dataclass(frozen=True)
class Hit:
    """What a check reports: the path it points at and the message.

    ``path`` follows the YAML: ``("touchpoints", 3, "channel")`` is the channel of the
    fourth touchpoint; ``("touchpoints",)`` is the block itself. ``at="key"`` points at the
    key that introduces the path instead of its value (for a missing field, point at the
    entry: ``("touchpoints", 3)``). A path that the file does not contain falls back to the
    nearest enclosing one, and to the top of the file.
    """

    path: Path
    message: str
    at: Literal["value", "key"] = "value"


@dataclass(frozen=True)
class Context:
    """What a check may know besides the canvas: its options and today's date."""

    options: Mapping[str, Any] = field(default_factory=dict)
    today: dt.date = field(default_factory=dt.date.today)


Check = Callable[[Canvas, Context], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """A declared rule. ``check`` is None for the format codes (RC0xx) the loader reports."""

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

    def option_defaults(self) -> dict[str, Any]:
        return {o.name: o.default for o in self.options}


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
            Rule(code, slug, severity, block, summary, rationale, bad, good, source,
                 options, aliases, check)
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
