"""Every limit relcanvas puts on an untrusted canvas, declared once.

A canvas can come from anyone's pull request, so each resource a file can make relcanvas
spend is bounded here: the loader, the CLI's ``--limit NAME=N`` option, the table in
docs/format.md and SECURITY.md are all derived from these declarations. The defaults are
far above what a real canvas needs (a canvas is one page of decisions) and low enough that
``validate`` and ``lint`` of any file under the size limit stay within seconds and a few
hundred megabytes.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

LIMIT_CODE = "RC019"
"""The problem code of the limits that have no code of their own."""


def _limit(default: int, code: str, what: str, unit: str, most: int = 10**12) -> Any:
    """A limit's field: ``most`` is as far as ``--limit`` may raise it."""
    return dataclasses.field(
        default=default, metadata={"code": code, "what": what, "unit": unit, "most": most}
    )


@dataclass(frozen=True)
class Limits:
    """How much of a file relcanvas reads before it refuses it (or stops reporting)."""

    max_bytes: int = _limit(5 * 1024 * 1024, "RC006", "file size", "bytes")
    max_depth: int = _limit(64, "RC007", "nesting depth of mappings and lists", "levels", most=200)
    """At most 200: values are built and checked by recursion, one Python frame or two a
    level, and libyaml's own composer recurses in C."""
    max_alias_nodes: int = _limit(
        100_000, "RC005", "nodes added by aliases, beyond those written out", "nodes"
    )
    max_nodes: int = _limit(100_000, LIMIT_CODE, "nodes (keys, values, items)", "nodes")
    max_keys: int = _limit(10_000, LIMIT_CODE, "keys in one mapping", "keys")
    max_items: int = _limit(10_000, LIMIT_CODE, "items in one list", "items")
    max_entries: int = _limit(5_000, LIMIT_CODE, "entries in one block", "entries")
    max_references: int = _limit(
        20_000, LIMIT_CODE, "references to segments and touchpoints", "references"
    )
    max_scalar: int = _limit(100_000, LIMIT_CODE, "length of one value or key", "characters")
    max_digits: int = _limit(4_300, LIMIT_CODE, "digits of an integer", "digits", most=4_300)
    """At most Python's own limit on converting text to integers."""
    max_problems: int = _limit(
        100, LIMIT_CODE, "problems reported per file (then one 'N more' line)", "problems"
    )

    def with_overrides(self, settings: dict[str, int]) -> Limits:
        """These limits with some changed by name (``nodes`` for ``max_nodes``)."""
        fields = {f"max_{name.replace('-', '_')}": value for name, value in settings.items()}
        return dataclasses.replace(self, **fields)


@dataclass(frozen=True)
class LimitInfo:
    """One limit as the documentation and ``--limit`` show it."""

    name: str
    """The name ``--limit NAME=N`` takes (the field name without ``max_``), or "" for a
    limit that cannot be changed."""
    what: str
    default: int
    unit: str
    code: str
    most: int = 0


QUOTED_CHARS = 80
"""Characters of a value quoted in a message; longer values end with an ellipsis."""
MESSAGE_CHARS = 500
"""Characters of a lint finding's message (rules quote names, and a name can be long)."""
_FIXED = (
    LimitInfo(
        "", "characters of a value quoted in a message (then '…')", QUOTED_CHARS, "characters", "—"
    ),
    LimitInfo(
        "", "characters of a lint finding's message (then '…')", MESSAGE_CHARS, "characters", "—"
    ),
)


def limit_infos() -> list[LimitInfo]:
    """Every limit, in declaration order, then the two on messages (not changeable)."""
    defaults = Limits()
    changeable = [
        LimitInfo(
            f.name.removeprefix("max_").replace("_", "-"),
            f.metadata["what"],
            getattr(defaults, f.name),
            f.metadata["unit"],
            f.metadata["code"],
            f.metadata["most"],
        )
        for f in dataclasses.fields(Limits)
    ]
    return [*changeable, *_FIXED]


_BY_NAME = {info.name: info for info in limit_infos() if info.name}
LIMIT_NAMES: tuple[str, ...] = tuple(_BY_NAME)


class LimitError(ValueError):
    """A ``--limit`` the command line cannot take, said by :meth:`text` in a language."""

    def __init__(self, key: str, **params: str) -> None:
        from relcanvas.i18n import msg

        self.message = msg(key, **params)
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        return self.message.render(lang)


def parse_limit(text: str) -> tuple[str, int]:
    """``nodes=500000`` -> ("nodes", 500000); raises :class:`LimitError` (a ValueError)."""
    name, sep, value = text.partition("=")
    name = name.strip().replace("_", "-")
    if not sep or name not in LIMIT_NAMES:
        raise LimitError("limits.syntax", names=", ".join(LIMIT_NAMES))
    try:
        number = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise LimitError("limits.not_a_number", name=name, value=repr(value)) from None
    most = _BY_NAME[name].most
    if not 1 <= number <= most:
        raise LimitError("limits.out_of_range", name=name, value=f"{number:,}", most=f"{most:,}")
    return name, number


def shorten(text: str, limit: int = QUOTED_CHARS) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis when something was left out."""
    return text if len(text) <= limit else text[: max(limit - 1, 1)] + "…"


def quoted(value: object, limit: int = QUOTED_CHARS) -> str:
    """``repr(value)`` for a message, at most ``limit`` characters (a 100 KB value is not a
    100 KB line); the cut is made before ``repr`` so a huge value is never copied whole."""
    if isinstance(value, str) and len(value) > limit:
        cut = repr(value[:limit])
        return cut[:-1] + "…" + cut[-1]
    return shorten(repr(value), limit)
