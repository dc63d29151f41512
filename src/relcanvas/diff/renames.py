"""Which removed and added entries are one entry under a new key: renamed, maybe edited too.

Three rules, tried in this order on what identity left unpaired (docs/diff.md, Renames):
only the key changed (:func:`renames_of`); renamed and edited (:mod:`~relcanvas.diff.edited`);
a new key *and* a new name with the content and references kept (:mod:`~relcanvas.diff.renamed`).
Candidates are found through hash indexes, and a pair with a rival is never guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence

from relcanvas.diff.edited import edited_renames
from relcanvas.diff.normal import TEXT_FIELDS, Norm, Side, Spec, derived, empty, fold, frozen
from relcanvas.diff.renamed import Evidence, new_name_renames


def _without(norm: Norm, drop: Iterable[str]) -> Hashable:
    gone = set(drop)
    return frozen({k: v for k, v in norm.items() if k not in gone})


def _rest(spec: Spec, old: Norm, new: Norm) -> tuple[Norm, Norm]:
    """Both entries without their identity (and without the name an id was derived from)."""
    drop = set(spec.identity)
    if spec.by_id and derived(old) and derived(new):
        drop.add("name")
    return (
        {k: v for k, v in old.items() if k not in drop},
        {k: v for k, v in new.items() if k not in drop},
    )


def _recognisable(rest: Norm) -> bool:
    """Enough content left to say that two entries are one, under a new key."""
    filled = [k for k, v in rest.items() if not empty(v)]
    return len(filled) >= 2 or any(k in TEXT_FIELDS or k.startswith("x-") for k in filled)


Test = tuple[Callable[["Side", "Side"], bool], Callable[["Side"], list[Hashable]]]
"""A pairing test, and keys that two sides passing it always share (to find candidates)."""


def renames_of(
    spec: Spec, removed: list[Side], added: list[Side], evidence: Evidence | None = None
) -> list[tuple[Side, Side]]:
    """Removed/added pairs that are one entry with a new key (``evidence``: what points at
    the entries, for the new-name rule; without it that rule is not tried)."""
    if spec.block == "interaction":
        # Keyed by a reference: it moves only with its segment's rename, never on its own.
        return []

    def unchanged(o: Side, n: Side) -> bool:
        a, b = _rest(spec, o.norm, n.norm)
        return a == b and _recognisable(a)

    def rest_keys(side: Side) -> list[Hashable]:
        keys: list[Hashable] = [("all", _without(side.norm, spec.identity))]
        if spec.by_id and derived(side.norm):
            keys.append(("bare", _without(side.norm, (*spec.identity, "name"))))
        return keys

    tests: list[Test] = [(unchanged, rest_keys)]
    if spec.by_id:
        # Same name under a new id: the same segment, touchpoint or tool, edited as well.
        tests.append(
            (
                lambda o, n: (
                    not derived(o.norm)
                    and not derived(n.norm)
                    and fold(o.norm.get("name")) == fold(n.norm.get("name"))
                ),
                lambda side: [frozen(fold(side.norm.get("name")))],
            )
        )
    pairs = _pair_unique(tests, removed, added)
    pairs += edited_renames(spec, removed, added)
    if evidence is not None:
        pairs += new_name_renames(spec, removed, added, evidence)
    return pairs


def _pair_unique(
    tests: Sequence[Test], olds: list[Side], news: list[Side]
) -> list[tuple[Side, Side]]:
    """Like :func:`_pair_by`, but only pairs that have no rival: when two removed entries
    could both be the added one (or the other way round), neither is guessed."""
    pairs: list[tuple[Side, Side]] = []
    for test, keys in tests:
        old_index, new_index = _index(olds, keys), _index(news, keys)
        alive = {id(side) for side in (*olds, *news)}
        for o in list(olds):
            found = _passing(test, o, keys, new_index, alive, old_side=True)
            if len(found) != 1:
                continue
            n = found[0]
            if len(_passing(test, n, keys, old_index, alive, old_side=False)) != 1:
                continue
            pairs.append((o, n))
            olds.remove(o)
            news.remove(n)
            alive -= {id(o), id(n)}
    return pairs


def _index(sides: list[Side], keys: Callable[[Side], list[Hashable]]) -> dict[Hashable, list[Side]]:
    index: dict[Hashable, list[Side]] = {}
    for side in sides:
        for key in keys(side):
            index.setdefault(key, []).append(side)
    return index


def _passing(
    test: Callable[[Side, Side], bool],
    side: Side,
    keys: Callable[[Side], list[Hashable]],
    index: dict[Hashable, list[Side]],
    alive: set[int],
    *,
    old_side: bool,
) -> list[Side]:
    """Up to two live sides of the index that pass the test with ``side`` (the old one when
    ``old_side``): whether there is exactly one is all the caller asks."""
    seen: set[int] = set()
    found: list[Side] = []
    for key in keys(side):
        for other in index.get(key, ()):
            if id(other) in seen or id(other) not in alive:
                continue
            seen.add(id(other))
            if test(side, other) if old_side else test(other, side):
                found.append(other)
                if len(found) == 2:
                    return found
    return found
