"""Entries in comparable form: what an entry is known by, and its fields as plain data.

Both sides are compared as validated models, not as YAML: the loader has already turned
French labels into identifiers, dropped comments and quoting, and derived missing ids, so
none of that can show up as a change. List fields are compared as sets, free text with its
line breaks folded, so reordering or re-wrapping is not a change either.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Hashable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from relcanvas import vocabulary as V
from relcanvas.model import CanvasModel, slugify

Norm = dict[str, Any]

TEXT_FIELDS = frozenset(
    {
        "name",
        "objective",
        "customer_value",
        "notes",
        "target",
        "mechanism",
        "duration",
        "response_time",
    }
)
"""Free text: enough on its own to recognise an entry whose key was edited."""


@dataclass(frozen=True)
class Spec:
    """How the entries of one list are told apart."""

    block: str
    identity: tuple[str, ...]
    by_id: bool = False
    """The identity is an ``id`` (segments, touchpoints, tools), not a name."""


@dataclass
class Side:
    model: CanvasModel
    norm: Norm
    raw: Norm
    """Before references were renamed (the old side only): to see which ones followed."""


METADATA = "metadata"
METADATA_FIELDS = ("title", "organization", "language", "version", "updated")

LEVEL_FIELDS = frozenset(
    {"value", "willingness_to_pay", "human_contact", "personalization", "automation"}
)
RANK = {"low": 1, "medium": 2, "high": 3}

SPECS: tuple[Spec, ...] = (
    Spec("authors", ("name",)),
    Spec("segments", ("id",), by_id=True),
    Spec("interaction", ("segment",)),
    Spec("touchpoints", ("id",), by_id=True),
    Spec("tools", ("id",), by_id=True),
    Spec("loyalty", ("name",)),
    Spec("involvement", ("level", "mechanism")),
    Spec("evolution", ("phase",)),
    Spec("indicators", ("name",)),
)
SPEC_BY_BLOCK = {s.block: s for s in SPECS}

BLOCK_ORDER: tuple[str, ...] = (METADATA, *(s.block for s in SPECS))
"""The order of the report: the file's header, then the blocks as the canvas lays them out."""


def fold(value: Any) -> Any:
    return V.normalize_word(value) if isinstance(value, str) else value


def empty(value: Any) -> bool:
    return value is None or value is False or value == () or value == {}


def derived(norm: Norm) -> bool:
    name = norm.get("name")
    return isinstance(name, str) and norm.get("id") == _slug(name)


@functools.lru_cache(maxsize=4096)
def _slug(name: str) -> str:
    """:func:`slugify`, once per name: matching asks for each entry many times."""
    return slugify(name)


def frozen(value: Any) -> Hashable:
    """A hashable stand-in that is equal whenever the values are (a hash-index key)."""
    if isinstance(value, dict):
        return frozenset((k, frozen(v)) for k, v in value.items())
    if isinstance(value, list | tuple):
        return tuple(frozen(v) for v in value)
    if isinstance(value, set | frozenset):
        return frozenset(frozen(v) for v in value)
    return value if isinstance(value, Hashable) else repr(value)


def plain(value: Any) -> Any:
    """A value as comparable data: enum ids, ISO dates, folded text, lists as sorted sets."""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return tuple(sorted({plain(v) for v in value}, key=str))
    return value


def canonical(value: Any) -> Any:
    """An ``x-`` value in a form where key and list order do not matter."""
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, list | tuple):
        items = [canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, default=str))
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def normal(entry: CanvasModel, renames: dict[str, dict[str, str]] | None = None) -> Norm:
    """The entry's fields (and ``x-`` keys) in comparable form, references renamed."""
    result: Norm = {}
    for name in type(entry).model_fields:
        value = getattr(entry, name)
        if renames:
            value = _follow(name, value, renames)
        result[name] = plain(value)
    for key, value in entry.extensions.items():
        result[key] = canonical(value)
    return result


REFERENCE_FIELDS = {"segment": "segments", "segments": "segments", "touchpoints": "touchpoints"}


def _follow(name: str, value: Any, renames: dict[str, dict[str, str]]) -> Any:
    table = renames.get(REFERENCE_FIELDS.get(name, ""), {})
    if not table:
        return value
    if isinstance(value, list):
        return [table.get(v, v) for v in value]
    return table.get(value, value) if isinstance(value, str) else value
