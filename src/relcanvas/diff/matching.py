"""Pairing the entries of two versions by identity, never by position.

Entries that share an identity pair up; when several share one (an evolution stage written
twice), equal ones pair first, then those for the same segments, then the most alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from relcanvas.diff.normal import Norm, Side, Spec, fold


def identity(spec: Spec, norm: Norm) -> tuple[Any, ...]:
    return tuple(norm[f] if spec.by_id else fold(norm[f]) for f in spec.identity)


def _similarity(a: Norm, b: Norm) -> int:
    return sum(1 for k in a.keys() | b.keys() if a.get(k) == b.get(k))


def _pair_by(
    tests: Sequence[Callable[[Side, Side], bool]], olds: list[Side], news: list[Side]
) -> list[tuple[Side, Side]]:
    """Pairs that pass the first test, then the next...; paired sides leave both lists."""
    pairs: list[tuple[Side, Side]] = []
    for test in tests:
        for o in list(olds):
            n = next((n for n in news if test(o, n)), None)
            if n is not None:
                pairs.append((o, n))
                olds.remove(o)
                news.remove(n)
    return pairs


def _pair_group(olds: list[Side], news: list[Side]) -> list[tuple[Side, Side]]:
    """Several entries share a key: pair equal ones, then same segments, then the most alike."""
    olds, news = list(olds), list(news)
    tests: tuple[Callable[[Side, Side], bool], ...] = (
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


def match(
    spec: Spec, olds: list[Side], news: list[Side]
) -> tuple[list[tuple[Side, Side]], list[Side], list[Side]]:
    groups_old: dict[tuple[Any, ...], list[Side]] = {}
    groups_new: dict[tuple[Any, ...], list[Side]] = {}
    for side in olds:
        groups_old.setdefault(identity(spec, side.norm), []).append(side)
    for side in news:
        groups_new.setdefault(identity(spec, side.norm), []).append(side)
    pairs: list[tuple[Side, Side]] = []
    for key, group in groups_new.items():
        pairs.extend(_pair_group(groups_old.get(key, []), group))
    paired_old = {id(o) for o, _ in pairs}
    paired_new = {id(n) for _, n in pairs}
    removed = [o for o in olds if id(o) not in paired_old]
    added = [n for n in news if id(n) not in paired_new]
    return pairs, removed, added
