"""Which removed and added entries are one entry under a new key: renamed, maybe edited too.

Every removed entry could be any added one, so the matching is kept near-linear: candidates
are found through hash indexes (equal content, equal names) or buckets of equal anchors,
names are compared with difflib's cheap upper bounds before its ratio, and ties are found
per row and column of the scored pairs, not by scanning them all.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
class _Side:
    model: CanvasModel
    norm: Norm
    raw: Norm
    """Before references were renamed (the old side only): to see which ones followed."""


def _fold(value: Any) -> Any:
    return V.normalize_word(value) if isinstance(value, str) else value


def _empty(value: Any) -> bool:
    return value is None or value is False or value == () or value == {}


def _derived(norm: Norm) -> bool:
    return isinstance(norm.get("name"), str) and norm.get("id") == slugify(norm["name"])


def _rest(spec: Spec, old: Norm, new: Norm) -> tuple[Norm, Norm]:
    """Both entries without their identity (and without the name an id was derived from)."""
    drop = set(spec.identity)
    if spec.by_id and _derived(old) and _derived(new):
        drop.add("name")
    return (
        {k: v for k, v in old.items() if k not in drop},
        {k: v for k, v in new.items() if k not in drop},
    )


def _recognisable(rest: Norm) -> bool:
    """Enough content left to say that two entries are one, under a new key."""
    filled = [k for k, v in rest.items() if not _empty(v)]
    return len(filled) >= 2 or any(k in TEXT_FIELDS or k.startswith("x-") for k in filled)


def _renames(spec: Spec, removed: list[_Side], added: list[_Side]) -> list[tuple[_Side, _Side]]:
    """Removed/added pairs that are one entry with a new key."""
    if spec.block == "interaction":
        # Keyed by a reference: it moves only with its segment's rename, never on its own.
        return []
    tests: list[Callable[[_Side, _Side], bool]] = []

    def unchanged(o: _Side, n: _Side) -> bool:
        a, b = _rest(spec, o.norm, n.norm)
        return a == b and _recognisable(a)

    tests.append(unchanged)
    if spec.by_id:
        # Same name under a new id: the same segment, touchpoint or tool, edited as well.
        tests.append(
            lambda o, n: (
                not _derived(o.norm)
                and not _derived(n.norm)
                and _fold(o.norm.get("name")) == _fold(n.norm.get("name"))
            )
        )
    pairs = _pair_unique(tests, removed, added)
    return pairs + _edited_renames(spec, removed, added)


def _pair_unique(
    tests: Sequence[Callable[[_Side, _Side], bool]], olds: list[_Side], news: list[_Side]
) -> list[tuple[_Side, _Side]]:
    """Like :func:`_pair_by`, but only pairs that have no rival: when two removed entries
    could both be the added one (or the other way round), neither is guessed."""
    pairs: list[tuple[_Side, _Side]] = []
    for test in tests:
        for o in list(olds):
            found = [n for n in news if test(o, n)]
            if len(found) != 1 or sum(1 for r in olds if test(r, found[0])) != 1:
                continue
            pairs.append((o, found[0]))
            olds.remove(o)
            news.remove(found[0])
    return pairs


# --- Renamed and edited -------------------------------------------------------------------

ANCHORS: dict[str, tuple[str, ...]] = {
    "touchpoints": ("phase", "channel"),
    "tools": ("kind",),
    "loyalty": ("kind",),
    "involvement": ("level",),
    "indicators": ("kind",),
}
"""Blocks where an entry may get a new name and other edits in one revision, and the fields
that must stay the same for the two to be one entry (a touchpoint that moved to another
phase or channel is a new touchpoint, whatever its name)."""

NAME_RATIO = 0.75
"""Least likeness of the two names: a reworded name, not another one."""
TEXT_RATIO = 0.6
"""Least likeness for a reworded free-text field to count as kept (below it counts as 0)."""
CONTENT_SCORE = 0.5
"""Least mean likeness of the other filled fields: at least half of the content stayed."""
BARE_NAME_RATIO = 0.9
"""Entries with nothing but a name and their anchors need nearly the same name."""

_NUMBER = re.compile(r"\d+")


def text_likeness(a: str, b: str) -> float:
    """How alike two texts are, 0 to 1: difflib's ratio on folded text (case, accents and
    punctuation between words ignored), and 0 when their numbers differ, because numbers are
    what tells siblings apart (``Wave 1`` and ``Wave 2``, ``<= 48h`` and ``<= 36h``)."""
    fa, fb = V.normalize_word(a), V.normalize_word(b)
    if sorted(_NUMBER.findall(fa)) != sorted(_NUMBER.findall(fb)):
        return 0.0
    return difflib.SequenceMatcher(None, fa, fb, autojunk=False).ratio()


def _field_likeness(a: Any, b: Any) -> float:
    if a == b:
        return 1.0
    if _empty(a) or _empty(b):
        return 0.0
    if isinstance(a, str) and isinstance(b, str):
        ratio = text_likeness(a, b)
        return ratio if ratio >= TEXT_RATIO else 0.0
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(set(a) & set(b)) / len(set(a) | set(b))
    return 0.0


def likeness(spec: Spec, old: Norm, new: Norm) -> float | None:
    """How surely ``old`` became ``new`` under another name, or None when they may be two
    different entries. Both must share their anchors, have alike names, and keep most of
    their other content; touchpoints and tools only when both ids derive from the names."""
    anchors = ANCHORS.get(spec.block)
    if anchors is None or any(_fold(old.get(f)) != _fold(new.get(f)) for f in anchors):
        return None
    if spec.by_id and not (_derived(old) and _derived(new)):
        return None
    name = "mechanism" if spec.block == "involvement" else "name"
    a, b = old.get(name), new.get(name)
    if not isinstance(a, str) or not isinstance(b, str):
        return None
    ratio = text_likeness(a, b)
    if ratio < NAME_RATIO:
        return None
    drop = {*spec.identity, "id", "name", *anchors}
    fields = [
        k
        for k in sorted(old.keys() | new.keys())
        if k not in drop and not (_empty(old.get(k)) and _empty(new.get(k)))
    ]
    if not fields:
        anchored = any(not _empty(old.get(f)) for f in anchors)
        return ratio if anchored and ratio >= BARE_NAME_RATIO else None
    content = sum(_field_likeness(old.get(k), new.get(k)) for k in fields) / len(fields)
    return (ratio + content) / 2 if content >= CONTENT_SCORE else None


def _edited_renames(
    spec: Spec, removed: list[_Side], added: list[_Side]
) -> list[tuple[_Side, _Side]]:
    """Removed/added pairs that are one entry renamed and edited: the most alike first; a
    tie between two candidates for the same entry is left alone (removed and added)."""
    scored = []
    for i, o in enumerate(removed):
        for j, n in enumerate(added):
            score = likeness(spec, o.norm, n.norm)
            if score is not None:
                scored.append((score, i, j))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    done_old: set[int] = set()
    done_new: set[int] = set()
    chosen: list[tuple[int, int]] = []
    for score, i, j in scored:
        if i in done_old or j in done_new:
            continue
        tied = any(
            abs(s - score) < 1e-9 and (i2 == i) != (j2 == j)
            for s, i2, j2 in scored
            if i2 not in done_old and j2 not in done_new
        )
        done_old.add(i)
        done_new.add(j)
        if not tied:
            chosen.append((i, j))
    pairs = [(removed[i], added[j]) for i, j in chosen]
    for o, n in pairs:
        removed.remove(o)
        added.remove(n)
    return pairs
