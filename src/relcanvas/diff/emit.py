"""Change emission: paired, renamed, removed and added entries turned into :class:`Change`s.

References in other blocks were translated through renames before those blocks were paired,
so a tool that only followed its touchpoint's new id has no change of its own; the rename
lists it among the references that followed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from relcanvas.diff.changes import Change
from relcanvas.diff.matching import identity
from relcanvas.diff.normal import (
    LEVEL_FIELDS,
    METADATA,
    METADATA_FIELDS,
    RANK,
    REFERENCE_FIELDS,
    SPECS,
    Norm,
    Side,
    Spec,
    canonical,
    derived,
    fold,
    plain,
)
from relcanvas.model import Canvas, CanvasModel


def key_of(spec: Spec, norm: Norm, duplicated: bool = False) -> str:
    """The entry's key as a string; repeated keys add the segments they are for."""
    parts = [str(norm[f]) for f in spec.identity if norm.get(f) not in (None, "")]
    key = ": ".join(parts)
    if duplicated:
        key += " [" + ",".join(norm.get("segments") or ()) + "]"
    return key


@dataclass(frozen=True)
class Implied:
    """Ids whose entry was added or removed: a reference list gaining or losing one of them
    only follows that entry, and is told with it rather than as a change of its own."""

    added: dict[str, frozenset[Any]] = dataclasses.field(default_factory=dict)
    removed: dict[str, frozenset[Any]] = dataclasses.field(default_factory=dict)

    def of(self, name: str) -> tuple[frozenset[Any], frozenset[Any]]:
        target = REFERENCE_FIELDS.get(name, "")
        return self.added.get(target, frozenset()), self.removed.get(target, frozenset())


def implied_by(results: dict[str, Block], renames: dict[str, dict[str, str]]) -> Implied:
    """The ids of segments and touchpoints added or removed in this diff."""
    return Implied(
        added={b: frozenset(n.norm["id"] for n in results[b].added) for b in renames},
        removed={b: frozenset(o.norm["id"] for o in results[b].removed) for b in renames},
    )


def _field_changes(
    block: str,
    key: str | None,
    old: Norm,
    new: Norm,
    entry: Any,
    skip: Iterable[str] = (),
    implied: Implied | None = None,
) -> list[Change]:
    changes = []
    names = list(old) + [k for k in new if k not in old]
    for name in names:
        if name in skip:
            continue
        a, b = old.get(name), new.get(name)
        if a == b:
            continue
        change = Change(block=block, kind="changed", key=key, field=name, old=a, new=b, entry=entry)
        if isinstance(a, tuple) and isinstance(b, tuple):
            plus = tuple(v for v in b if v not in a)
            minus = tuple(v for v in a if v not in b)
            if implied is not None and name in REFERENCE_FIELDS:
                new_ids, gone_ids = implied.of(name)
                plus = tuple(v for v in plus if v not in new_ids)
                minus = tuple(v for v in minus if v not in gone_ids)
                # An emptied segment list means "every segment": a change of its own.
                if not plus and not minus and (b or not a):
                    continue
            change = dataclasses.replace(change, added=plus, removed=minus)
        elif name in LEVEL_FIELDS and a in RANK and b in RANK:
            up = RANK[b] > RANK[a]
            change = dataclasses.replace(change, direction="increase" if up else "decrease")
        changes.append(change)
    return changes


def metadata_changes(old: Canvas, new: Canvas) -> list[Change]:
    a = {f: plain(getattr(old, f)) for f in METADATA_FIELDS}
    b = {f: plain(getattr(new, f)) for f in METADATA_FIELDS}
    a.update({k: canonical(v) for k, v in old.extensions.items()})
    b.update({k: canonical(v) for k, v in new.extensions.items()})
    return _field_changes(METADATA, None, a, b, new)


@dataclass
class Block:
    spec: Spec
    pairs: list[tuple[Side, Side]]
    renamed: list[tuple[Side, Side]]
    removed: list[Side]
    added: list[Side]


def _keys(spec: Spec, sides: Sequence[Side]) -> Callable[[Side], str]:
    counts: dict[tuple[Any, ...], int] = {}
    for side in sides:
        ident = identity(spec, side.norm)
        counts[ident] = counts.get(ident, 0) + 1
    return lambda s: key_of(spec, s.norm, counts.get(identity(spec, s.norm), 0) > 1)


def block_changes(
    result: Block,
    results: dict[str, Block],
    renames: dict[str, dict[str, str]],
    implied: Implied,
) -> list[Change]:
    spec = result.spec
    block = spec.block
    old_key = _keys(spec, [o for o, _ in result.pairs + result.renamed] + result.removed)
    new_key = _keys(spec, [n for _, n in result.pairs + result.renamed] + result.added)
    changes = [_whole_entry(block, "removed", old_key(o), o, results) for o in result.removed]
    changes += [_whole_entry(block, "added", new_key(n), n, results) for n in result.added]
    for o, n in result.renamed:
        refs = _followers(block, o.norm["id"], n.norm["id"], results) if spec.by_id else []
        field_name = next(f for f in spec.identity if o.norm[f] != n.norm[f])
        if field_name in ("level", "phase"):
            # A stage or level moved, not a new name: shown as the field's change.
            changes.extend(_field_changes(block, new_key(n), o.norm, n.norm, n.model))
            continue
        skip = set(spec.identity)
        if spec.by_id and derived(o.norm) and derived(n.norm):
            field_name = "name"  # the id only followed the name it is derived from
            skip.add("name")
        elif spec.by_id and fold(o.norm.get("name")) != fold(n.norm.get("name")):
            # A new id and a new name (rule 3): told by its names, as a derived id would be.
            field_name = "name"
            skip.add("name")
        changes.append(
            Change(
                block=block,
                kind="renamed",
                key=new_key(n),
                old_key=old_key(o),
                field=field_name,
                old=o.norm[field_name],
                new=n.norm[field_name],
                references=tuple(r for r, _ in refs),
                entry=n.model,
                before=o.model,
                followers=tuple(m for _, m in refs),
            )
        )
        changes.extend(_field_changes(block, new_key(n), o.norm, n.norm, n.model, skip, implied))
    for o, n in result.pairs:
        changes.extend(_field_changes(block, new_key(n), o.norm, n.norm, n.model, implied=implied))
    return changes


def _whole_entry(
    block: str,
    kind: Literal["added", "removed"],
    key: str,
    side: Side,
    results: dict[str, Block],
) -> Change:
    """An added or removed entry, with the entries of other blocks that point at it."""
    refs = _referrers(block, side.norm.get("id"), results, "new" if kind == "added" else "old")
    dumped = _dump(side.model)
    return Change(
        block=block,
        kind=kind,
        key=key,
        old=dumped if kind == "removed" else None,
        new=dumped if kind == "added" else None,
        entry=side.model,
        references=tuple(r for r, _ in refs),
        followers=tuple(m for _, m in refs),
    )


def _referrers(
    block: str, ident: Any, results: dict[str, Block], side: Literal["old", "new"]
) -> list[tuple[tuple[str, str], Any]]:
    """Entries of other blocks that point at an added (new side) or removed (old side) id."""
    if block not in ("segments", "touchpoints") or ident is None:
        return []
    fields = ("segments",) if block == "segments" else ("touchpoints",)
    found: list[tuple[tuple[str, str], Any]] = []
    for spec in SPECS:
        if spec.block == block or spec.block not in results:
            continue
        result = results[spec.block]
        if side == "old":
            sides = [o for o, _ in result.pairs + result.renamed]
            key = _keys(spec, sides + result.removed)
        else:
            sides = [n for _, n in result.pairs + result.renamed]
            key = _keys(spec, sides + result.added)
        for entry in sides:
            refs = entry.raw.get(fields[0]) if side == "old" else entry.norm.get(fields[0])
            if isinstance(refs, tuple) and ident in refs:
                found.append(((spec.block, key(entry)), entry.model))
    return found


def _followers(
    block: str, old_id: Any, new_id: Any, results: dict[str, Block]
) -> list[tuple[tuple[str, str], Any]]:
    """The entries in other blocks whose reference to a renamed id followed it."""
    if block not in ("segments", "touchpoints"):
        return []
    fields = ("segment", "segments") if block == "segments" else ("touchpoints",)
    found: list[tuple[tuple[str, str], Any]] = []
    for spec in SPECS:
        if spec.block == block or spec.block not in results:
            continue
        result = results[spec.block]
        new_key = _keys(spec, [n for _, n in result.pairs + result.renamed] + result.added)
        for o, n in result.pairs + result.renamed:
            for name in fields:
                before, after = o.raw.get(name), n.norm.get(name)
                had = old_id == before or (isinstance(before, tuple) and old_id in before)
                has = new_id == after or (isinstance(after, tuple) and new_id in after)
                if had and has:
                    found.append(((spec.block, new_key(n)), n.model))
                    break
    return found


def _dump(entry: CanvasModel) -> dict[str, Any]:
    """An entry as JSON-ready data, empty fields left out (for added and removed entries)."""
    data = entry.model_dump(mode="json")
    return {k: v for k, v in data.items() if v not in (None, [], False)}
