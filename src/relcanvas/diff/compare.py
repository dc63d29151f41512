"""What changed between two canvases, entry by entry, matched by identity and never by position.

Both sides are compared as validated models, not as YAML: the loader has already turned
French labels into identifiers, dropped comments and quoting, and derived missing ids, so
none of that can show up as a change. List fields are compared as sets, free text with its
line breaks folded, so reordering or re-wrapping is not a change either.

An entry whose id (or name, where the name is the identity) changed while the rest stayed
the same is one *rename*. References in other blocks are translated through renames before
those blocks are compared, so a tool that only followed its touchpoint's new id is unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal

from relcanvas.diff.renames import Norm, Spec, _derived, _fold, _renames, _Side
from relcanvas.model import Canvas, CanvasModel

Kind = Literal["added", "removed", "changed", "renamed"]

METADATA = "metadata"
METADATA_FIELDS = ("title", "organization", "language", "version", "updated")

LEVEL_FIELDS = frozenset(
    {"value", "willingness_to_pay", "human_contact", "personalization", "automation"}
)
_RANK = {"low": 1, "medium": 2, "high": 3}


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


@dataclass(frozen=True)
class Change:
    """One difference: an entry added, removed or renamed, or one field of an entry changed."""

    block: str
    kind: Kind
    key: str | None
    """The entry's identity (its id, segment, name...); None for the file's own fields."""
    field: str | None = None
    old: Any = None
    new: Any = None
    added: tuple[Any, ...] | None = None
    removed: tuple[Any, ...] | None = None
    direction: Literal["increase", "decrease"] | None = None
    references: tuple[tuple[str, str], ...] = ()
    """For a rename: the (block, key) entries whose reference followed the new id."""
    entry: Any = dataclasses.field(default=None, compare=False, repr=False)
    """The model of the entry (the new one, or the old one when removed), for labels."""
    before: Any = dataclasses.field(default=None, compare=False, repr=False)
    """For a rename: the old model."""
    followers: tuple[Any, ...] = dataclasses.field(default=(), compare=False, repr=False)
    """For a rename: the models of :attr:`references`, for labels."""


@dataclass
class Diff:
    """All the changes between two canvases, in report order."""

    old: Canvas
    new: Canvas
    changes: list[Change]

    def __bool__(self) -> bool:
        return bool(self.changes)

    def blocks(self) -> list[str]:
        present = {c.block for c in self.changes}
        return [b for b in BLOCK_ORDER if b in present]

    def in_block(self, block: str) -> list[Change]:
        return [c for c in self.changes if c.block == block]

    def counts(self, block: str) -> dict[str, int]:
        """Entries added, removed, renamed and changed (an entry counts once per kind)."""
        found: dict[str, set[str | None]] = {k: set() for k in ("added", "removed", "renamed")}
        changed: set[tuple[str | None, str | None]] = set()
        for c in self.in_block(block):
            if c.kind == "changed":
                changed.add((c.key, c.field) if block == METADATA else (c.key, None))
            else:
                found[c.kind].add(c.key)
        return {**{k: len(v) for k, v in found.items()}, "changed": len(changed)}


# --- Normal forms -------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A value as comparable data: enum ids, ISO dates, folded text, lists as sorted sets."""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return tuple(sorted({_plain(v) for v in value}, key=str))
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
        result[name] = _plain(value)
    for key, value in entry.extensions.items():
        result[key] = canonical(value)
    return result


_REFERENCE_FIELDS = {"segment": "segments", "segments": "segments", "touchpoints": "touchpoints"}


def _follow(name: str, value: Any, renames: dict[str, dict[str, str]]) -> Any:
    table = renames.get(_REFERENCE_FIELDS.get(name, ""), {})
    if not table:
        return value
    if isinstance(value, list):
        return [table.get(v, v) for v in value]
    return table.get(value, value) if isinstance(value, str) else value


# --- Matching -----------------------------------------------------------------------------


def _identity(spec: Spec, norm: Norm) -> tuple[Any, ...]:
    return tuple(norm[f] if spec.by_id else _fold(norm[f]) for f in spec.identity)


def _similarity(a: Norm, b: Norm) -> int:
    return sum(1 for k in a.keys() | b.keys() if a.get(k) == b.get(k))


def _pair_by(
    tests: Sequence[Callable[[_Side, _Side], bool]], olds: list[_Side], news: list[_Side]
) -> list[tuple[_Side, _Side]]:
    """Pairs that pass the first test, then the next...; paired sides leave both lists."""
    pairs: list[tuple[_Side, _Side]] = []
    for test in tests:
        for o in list(olds):
            n = next((n for n in news if test(o, n)), None)
            if n is not None:
                pairs.append((o, n))
                olds.remove(o)
                news.remove(n)
    return pairs


def _pair_group(olds: list[_Side], news: list[_Side]) -> list[tuple[_Side, _Side]]:
    """Several entries share a key: pair equal ones, then same segments, then the most alike."""
    olds, news = list(olds), list(news)
    tests: tuple[Callable[[_Side, _Side], bool], ...] = (
        lambda o, n: o.norm == n.norm,
        lambda o, n: o.norm.get("segments") == n.norm.get("segments"),
    )
    pairs = _pair_by(tests, olds, news)
    while olds and news:
        o, n = max(
            ((o, n) for o in olds for n in news), key=lambda p: _similarity(p[0].norm, p[1].norm)
        )
        pairs.append((o, n))
        olds.remove(o)
        news.remove(n)
    return pairs


def _match(
    spec: Spec, olds: list[_Side], news: list[_Side]
) -> tuple[list[tuple[_Side, _Side]], list[_Side], list[_Side]]:
    groups_old: dict[tuple[Any, ...], list[_Side]] = {}
    groups_new: dict[tuple[Any, ...], list[_Side]] = {}
    for side in olds:
        groups_old.setdefault(_identity(spec, side.norm), []).append(side)
    for side in news:
        groups_new.setdefault(_identity(spec, side.norm), []).append(side)
    pairs: list[tuple[_Side, _Side]] = []
    for key, group in groups_new.items():
        pairs.extend(_pair_group(groups_old.get(key, []), group))
    paired_old = {id(o) for o, _ in pairs}
    paired_new = {id(n) for _, n in pairs}
    removed = [o for o in olds if id(o) not in paired_old]
    added = [n for n in news if id(n) not in paired_new]
    return pairs, removed, added


# --- Changes ------------------------------------------------------------------------------


def key_of(spec: Spec, norm: Norm, duplicated: bool = False) -> str:
    """The entry's key as a string; repeated keys add the segments they are for."""
    parts = [str(norm[f]) for f in spec.identity if norm.get(f) not in (None, "")]
    key = ": ".join(parts)
    if duplicated:
        key += " [" + ",".join(norm.get("segments") or ()) + "]"
    return key


@dataclass(frozen=True)
class _Implied:
    """Ids whose entry was added or removed: a reference list gaining or losing one of them
    only follows that entry, and is told with it rather than as a change of its own."""

    added: dict[str, frozenset[Any]] = dataclasses.field(default_factory=dict)
    removed: dict[str, frozenset[Any]] = dataclasses.field(default_factory=dict)

    def of(self, name: str) -> tuple[frozenset[Any], frozenset[Any]]:
        target = _REFERENCE_FIELDS.get(name, "")
        return self.added.get(target, frozenset()), self.removed.get(target, frozenset())


def _field_changes(
    block: str,
    key: str | None,
    old: Norm,
    new: Norm,
    entry: Any,
    skip: Iterable[str] = (),
    implied: _Implied | None = None,
) -> list[Change]:
    changes = []
    names = list(old) + [k for k in new if k not in old]
    for name in names:
        if name in skip:
            continue
        a, b = old.get(name), new.get(name)
        if a == b:
            continue
        change = Change(block, "changed", key, name, a, b, entry=entry)
        if isinstance(a, tuple) and isinstance(b, tuple):
            plus = tuple(v for v in b if v not in a)
            minus = tuple(v for v in a if v not in b)
            if implied is not None and name in _REFERENCE_FIELDS:
                new_ids, gone_ids = implied.of(name)
                plus = tuple(v for v in plus if v not in new_ids)
                minus = tuple(v for v in minus if v not in gone_ids)
                # An emptied segment list means "every segment": a change of its own.
                if not plus and not minus and (b or not a):
                    continue
            change = Change(
                block, "changed", key, name, a, b, added=plus, removed=minus, entry=entry
            )
        elif name in LEVEL_FIELDS and a in _RANK and b in _RANK:
            up = _RANK[b] > _RANK[a]
            change = Change(
                block,
                "changed",
                key,
                name,
                a,
                b,
                direction="increase" if up else "decrease",
                entry=entry,
            )
        changes.append(change)
    return changes


def _metadata(old: Canvas, new: Canvas) -> list[Change]:
    a = {f: _plain(getattr(old, f)) for f in METADATA_FIELDS}
    b = {f: _plain(getattr(new, f)) for f in METADATA_FIELDS}
    a.update({k: canonical(v) for k, v in old.extensions.items()})
    b.update({k: canonical(v) for k, v in new.extensions.items()})
    return _field_changes(METADATA, None, a, b, new)


@dataclass
class _Block:
    spec: Spec
    pairs: list[tuple[_Side, _Side]]
    renamed: list[tuple[_Side, _Side]]
    removed: list[_Side]
    added: list[_Side]


def compare(old: Canvas, new: Canvas) -> Diff:
    """Every change from ``old`` to ``new``, block by block in canvas order."""
    renames: dict[str, dict[str, str]] = {"segments": {}, "touchpoints": {}}
    results: dict[str, _Block] = {}
    for spec in SPECS:
        olds = [_Side(e, normal(e, renames), normal(e)) for e in getattr(old, spec.block)]
        news = [_Side(e, normal(e), normal(e)) for e in getattr(new, spec.block)]
        pairs, removed, added = _match(spec, olds, news)
        renamed = _renames(spec, removed, added)
        if spec.block in renames:
            renames[spec.block].update(
                (o.norm["id"], n.norm["id"]) for o, n in renamed if o.norm["id"] != n.norm["id"]
            )
        results[spec.block] = _Block(spec, pairs, renamed, removed, added)

    implied = _Implied(
        added={b: frozenset(n.norm["id"] for n in results[b].added) for b in renames},
        removed={b: frozenset(o.norm["id"] for o in results[b].removed) for b in renames},
    )
    changes = _metadata(old, new)
    for spec in SPECS:
        changes.extend(_block_changes(results[spec.block], results, renames, implied))
    return Diff(old, new, changes)


def _keys(spec: Spec, sides: Sequence[_Side]) -> Callable[[_Side], str]:
    counts: dict[tuple[Any, ...], int] = {}
    for side in sides:
        ident = _identity(spec, side.norm)
        counts[ident] = counts.get(ident, 0) + 1
    return lambda s: key_of(spec, s.norm, counts.get(_identity(spec, s.norm), 0) > 1)


def _block_changes(
    result: _Block,
    results: dict[str, _Block],
    renames: dict[str, dict[str, str]],
    implied: _Implied,
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
        if spec.by_id and _derived(o.norm) and _derived(n.norm):
            field_name = "name"  # the id only followed the name it is derived from
            skip.add("name")
        changes.append(
            Change(
                block,
                "renamed",
                new_key(n),
                field_name,
                o.norm[field_name],
                n.norm[field_name],
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
    side: _Side,
    results: dict[str, _Block],
) -> Change:
    """An added or removed entry, with the entries of other blocks that point at it."""
    refs = _referrers(block, side.norm.get("id"), results, "new" if kind == "added" else "old")
    dumped = _dump(side.model)
    return Change(
        block,
        kind,
        key,
        old=dumped if kind == "removed" else None,
        new=dumped if kind == "added" else None,
        entry=side.model,
        references=tuple(r for r, _ in refs),
        followers=tuple(m for _, m in refs),
    )


def _referrers(
    block: str, ident: Any, results: dict[str, _Block], side: Literal["old", "new"]
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
    block: str, old_id: Any, new_id: Any, results: dict[str, _Block]
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
