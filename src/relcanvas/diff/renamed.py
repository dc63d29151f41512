"""A new key *and* a new name: one entry still, when its content and references stayed.

``coursiers`` became ``livreurs``: the name says nothing (the two words share no letters),
but the segment kept its value, its interaction entry and the touchpoints and mechanisms
that point at it. This rule weighs that evidence, piece by piece, after the cheaper rules
(:mod:`~relcanvas.diff.renames`, :mod:`~relcanvas.diff.edited`) had their turn. The
thresholds are documented in docs/diff.md (Renames, rule 3).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import Any

from relcanvas.diff.edited import ANCHORS, choose, field_likeness
from relcanvas.diff.normal import Norm, Side, Spec, empty, fold, normal
from relcanvas.model import Canvas

NEW_NAME_BLOCKS = frozenset({"segments", "touchpoints", "tools", "loyalty", "involvement"})
"""Where an entry may change key and name at once: a segment, touchpoint, tool or mechanism."""

NEW_NAME_SCORE = 0.75
"""Least mean likeness of the pieces of evidence: three quarters of the entry stayed."""
NEW_NAME_REFERENCES = 0.5
"""Least share of common referrers (Jaccard), when either side is pointed at at all."""
NEW_NAME_EVIDENCE = 3
"""Least number of pieces of evidence: a small entry is too easy to mistake for another."""
MAX_NEW_NAME_PAIRS = 10_000
"""Past this many candidate pairs in one block, no new-name rename is guessed there."""

Ref = tuple[str, Any]


def _referrer_key(block: str, entry: Any) -> Ref:
    if block in ("touchpoints", "tools"):
        return (block, entry.id)
    if block == "loyalty":
        return (block, fold(entry.name))
    if block == "involvement":
        return (block, (str(entry.level), fold(entry.mechanism)))
    return (block, str(getattr(entry, "phase", "")))


def _pointers(canvas: Canvas) -> dict[str, dict[str, set[Ref]]]:
    """For segments and touchpoints: id -> the entries of other blocks that point at it."""
    found: dict[str, dict[str, set[Ref]]] = {"segments": {}, "touchpoints": {}}
    for block in ("touchpoints", "loyalty", "involvement", "evolution"):
        for entry in getattr(canvas, block):
            for ident in entry.segments:
                found["segments"].setdefault(ident, set()).add(_referrer_key(block, entry))
    for tool in canvas.tools:
        for ident in tool.touchpoints:
            found["touchpoints"].setdefault(ident, set()).add(_referrer_key("tools", tool))
    return found


class Evidence:
    """What points at each segment and touchpoint, and each segment's interaction entry, in
    both versions: the context the new-name rule needs beyond the entries themselves, worked
    out on first use (most diffs never need it)."""

    def __init__(self, old: Canvas, new: Canvas) -> None:
        self._old, self._new = old, new

    @classmethod
    def of(cls, old: Canvas, new: Canvas) -> Evidence:
        return cls(old, new)

    @cached_property
    def old_refs(self) -> dict[str, dict[str, set[Ref]]]:
        return _pointers(self._old)

    @cached_property
    def new_refs(self) -> dict[str, dict[str, set[Ref]]]:
        return _pointers(self._new)

    @cached_property
    def old_interaction(self) -> dict[str, Norm]:
        return _interaction(self._old)

    @cached_property
    def new_interaction(self) -> dict[str, Norm]:
        return _interaction(self._new)


def _interaction(canvas: Canvas) -> dict[str, Norm]:
    return {
        e.segment: {k: v for k, v in normal(e).items() if k != "segment"}
        for e in canvas.interaction
    }


def _mean(old: Norm, new: Norm, fields: Iterable[str]) -> float | None:
    filled = [k for k in fields if not (empty(old.get(k)) and empty(new.get(k)))]
    if not filled:
        return None
    return sum(field_likeness(old.get(k), new.get(k)) for k in filled) / len(filled)


def new_name_likeness(spec: Spec, o: Side, n: Side, evidence: Evidence) -> float | None:
    """How surely ``o`` became ``n`` under a new key and a new name, or None when the
    evidence is too thin or the references do not follow."""
    anchors = ANCHORS.get(spec.block, ())
    if any(fold(o.norm.get(f)) != fold(n.norm.get(f)) for f in anchors):
        return None
    drop = {*spec.identity, "id", "name", *anchors}
    fields = sorted(k for k in o.norm.keys() | n.norm.keys() if k not in drop)
    pieces = [
        field_likeness(o.norm.get(k), n.norm.get(k))
        for k in fields
        if not (empty(o.norm.get(k)) and empty(n.norm.get(k)))
    ]
    if spec.block in ("segments", "touchpoints"):
        old_id, new_id = o.raw.get("id"), n.norm.get("id")
        before = evidence.old_refs.get(spec.block, {}).get(str(old_id), set())
        after = evidence.new_refs.get(spec.block, {}).get(str(new_id), set())
        if before or after:
            shared = len(before & after) / len(before | after)
            if shared < NEW_NAME_REFERENCES:
                return None
            pieces.append(shared)
    if spec.block == "segments":
        a = evidence.old_interaction.get(str(o.raw.get("id")))
        b = evidence.new_interaction.get(str(n.norm.get("id")))
        if a is not None or b is not None:
            score = _mean(a or {}, b or {}, (a or {}).keys() | (b or {}).keys())
            pieces.append(score if score is not None and a and b else 0.0)
    if len(pieces) < NEW_NAME_EVIDENCE:
        return None
    score = sum(pieces) / len(pieces)
    return score if score >= NEW_NAME_SCORE else None


def new_name_renames(
    spec: Spec, removed: list[Side], added: list[Side], evidence: Evidence
) -> list[tuple[Side, Side]]:
    """Removed/added pairs that are one entry under a new key and a new name; pairs with a
    rival as alike are left removed and added."""
    if spec.block not in NEW_NAME_BLOCKS or not removed or not added:
        return []
    if len(removed) * len(added) > MAX_NEW_NAME_PAIRS:
        return []
    scored = []
    for i, o in enumerate(removed):
        for j, n in enumerate(added):
            score = new_name_likeness(spec, o, n, evidence)
            if score is not None:
                scored.append((score, i, j))
    return choose(scored, removed, added)
