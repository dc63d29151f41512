"""Renamed and edited in one revision: a removed and an added entry alike enough to be one.

Every removed entry could be any added one, so the matching is kept near-linear: candidates
are found in buckets of equal anchors, names are compared with difflib's cheap upper bounds
before its ratio, and ties are found per row and column of the scored pairs, not by scanning
them all.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from relcanvas import vocabulary as V
from relcanvas.diff.normal import Norm, Side, Spec, derived, empty, fold, frozen

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


def field_likeness(a: Any, b: Any) -> float:
    if a == b:
        return 1.0
    if empty(a) or empty(b):
        return 0.0
    if isinstance(a, str) and isinstance(b, str):
        ratio = text_likeness(a, b)
        return ratio if ratio >= TEXT_RATIO else 0.0
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(set(a) & set(b)) / len(set(a) | set(b))
    return 0.0


def likeness(spec: Spec, old: Norm, new: Norm, name_ratio: float | None = None) -> float | None:
    """How surely ``old`` became ``new`` under another name, or None when they may be two
    different entries. Both must share their anchors, have alike names, and keep most of
    their other content; touchpoints and tools only when both ids derive from the names.
    ``name_ratio`` is the names' :func:`text_likeness`, when the caller has it already."""
    anchors = ANCHORS.get(spec.block)
    if anchors is None or any(fold(old.get(f)) != fold(new.get(f)) for f in anchors):
        return None
    if spec.by_id and not (derived(old) and derived(new)):
        return None
    name = "mechanism" if spec.block == "involvement" else "name"
    a, b = old.get(name), new.get(name)
    if not isinstance(a, str) or not isinstance(b, str):
        return None
    ratio = text_likeness(a, b) if name_ratio is None else name_ratio
    if ratio < NAME_RATIO:
        return None
    drop = {*spec.identity, "id", "name", *anchors}
    fields = [
        k
        for k in sorted(old.keys() | new.keys())
        if k not in drop and not (empty(old.get(k)) and empty(new.get(k)))
    ]
    if not fields:
        anchored = any(not empty(old.get(f)) for f in anchors)
        return ratio if anchored and ratio >= BARE_NAME_RATIO else None
    content = sum(field_likeness(old.get(k), new.get(k)) for k in fields) / len(fields)
    return (ratio + content) / 2 if content >= CONTENT_SCORE else None


def edited_renames(spec: Spec, removed: list[Side], added: list[Side]) -> list[tuple[Side, Side]]:
    """Removed/added pairs that are one entry renamed and edited: the most alike first; a
    tie between two candidates for the same entry is left alone (removed and added)."""
    return choose(_scored(spec, removed, added), removed, added)


def choose(
    scored: list[tuple[float, int, int]], removed: list[Side], added: list[Side]
) -> list[tuple[Side, Side]]:
    """The pairs of ``scored`` (likeness, removed index, added index), most alike first; a
    tie between two candidates for the same entry is left alone. Chosen sides leave both
    lists."""
    scored = sorted(scored, key=lambda t: (-t[0], t[1], t[2]))
    rows: dict[int, list[tuple[float, int]]] = {}
    cols: dict[int, list[tuple[float, int]]] = {}
    for score, i, j in scored:
        rows.setdefault(i, []).append((score, j))
        cols.setdefault(j, []).append((score, i))
    done_old: set[int] = set()
    done_new: set[int] = set()
    chosen: list[tuple[int, int]] = []
    for score, i, j in scored:
        if i in done_old or j in done_new:
            continue
        # A rival: as alike, for the same removed entry or the same added one, still free.
        tied = any(
            abs(s - score) < 1e-9 and j2 != j and j2 not in done_new for s, j2 in rows[i]
        ) or any(abs(s - score) < 1e-9 and i2 != i and i2 not in done_old for s, i2 in cols[j])
        done_old.add(i)
        done_new.add(j)
        if not tied:
            chosen.append((i, j))
    pairs = [(removed[i], added[j]) for i, j in chosen]
    gone_old, gone_new = {i for i, _ in chosen}, {j for _, j in chosen}
    removed[:] = [o for i, o in enumerate(removed) if i not in gone_old]
    added[:] = [n for j, n in enumerate(added) if j not in gone_new]
    return pairs


@dataclass
class _Name:
    """An entry's folded name, with what the cheap bounds need: numbers, letter counts."""

    index: int
    text: str
    numbers: list[str]
    counts: tuple[int, ...] = ()


def _names(spec: Spec, sides: list[Side], anchors: tuple[str, ...]) -> dict[Hashable, list[_Name]]:
    """The sides that may be renamed, by their anchors' values."""
    name = "mechanism" if spec.block == "involvement" else "name"
    buckets: dict[Hashable, list[_Name]] = {}
    for i, side in enumerate(sides):
        if _nameable(spec, side.norm, name):
            folded = V.normalize_word(side.norm[name])
            found = _Name(i, folded, sorted(_NUMBER.findall(folded)))
            buckets.setdefault(_anchored(side.norm, anchors), []).append(found)
    return buckets


def _count_letters(olds: list[_Name], news: list[_Name]) -> bool:
    """Give each name its letter counts over the bucket's alphabet, when that is small
    enough for the counts to be cheaper than difflib's ``quick_ratio``."""
    alphabet = sorted({c for n in (*olds, *news) for c in n.text})
    if len(alphabet) > ALPHABET_FOR_COUNTS:
        return False
    for n in (*olds, *news):
        n.counts = tuple(n.text.count(c) for c in alphabet)
    return True


MAX_NAME_RATIOS = 40_000
MAX_SCORES = 4_000
"""How many names' ratios, and how many pairs' content, one block may compare before the
search for edited renames gives up and reports its entries as removed and added: a bound
on the time a file can ask for (about a second each), far above what real revisions need
(400 renames among 2,000 alike entries compare 10,000 names and score 500 pairs)."""

ALPHABET_FOR_COUNTS = 64
"""Up to this many letters in a bucket, names are compared by letter counts first."""


def _scored(spec: Spec, removed: list[Side], added: list[Side]) -> list[tuple[float, int, int]]:
    """(likeness, i, j) for the pairs that may be one entry. Only pairs with equal anchors
    are looked at, and only names within difflib's cheap upper bounds of the ratio (equal
    numbers, letters in common) are scored: :func:`likeness` would refuse the others."""
    anchors = ANCHORS.get(spec.block)
    if anchors is None:
        return []
    olds, news = _names(spec, removed, anchors), _names(spec, added, anchors)
    scored = []
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    ratios = scores = 0
    for key, group in news.items():
        candidates = olds.get(key, [])
        counted = _count_letters(candidates, group)
        for n in group:
            matcher.set_seq2(n.text)
            for o in candidates:
                if o.numbers != n.numbers:
                    continue
                length = len(o.text) + len(n.text)
                if (
                    counted
                    and length
                    and 2.0 * sum(map(min, o.counts, n.counts)) / length < NAME_RATIO
                ):
                    continue
                matcher.set_seq1(o.text)
                if not counted and matcher.quick_ratio() < NAME_RATIO:
                    continue
                ratios += 1
                if ratios > MAX_NAME_RATIOS:
                    return []  # too many alike names to tell renames apart
                ratio = matcher.ratio()  # text_likeness(old name, new name): numbers are equal
                if ratio < NAME_RATIO:
                    continue
                scores += 1
                if scores > MAX_SCORES:
                    return []
                score = likeness(spec, removed[o.index].norm, added[n.index].norm, ratio)
                if score is not None:
                    scored.append((score, o.index, n.index))
    return scored


def _nameable(spec: Spec, norm: Norm, name: str) -> bool:
    """What :func:`likeness` asks of each side alone: a text name (and a derived id)."""
    return isinstance(norm.get(name), str) and (not spec.by_id or derived(norm))


def _anchored(norm: Norm, anchors: tuple[str, ...]) -> Hashable:
    return frozen(tuple(fold(norm.get(f)) for f in anchors))
