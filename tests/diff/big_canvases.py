"""Two large canvases that differ by many renamed-and-edited touchpoints (for timing tests).

Every touchpoint shares one phase and one channel, the worst case for rename matching: each
removed entry is a candidate for each added one.
"""

from __future__ import annotations

import random

import yaml

from relcanvas.model import slugify

_WORDS = [
    "visit",
    "call",
    "letter",
    "webinar",
    "fair",
    "demo",
    "trial",
    "guide",
    "survey",
    "review",
    "chat",
    "forum",
    "ticket",
    "catalogue",
    "newsletter",
    "workshop",
    "meetup",
    "audit",
    "onboarding",
    "renewal",
    "partner",
    "launch",
]


def _name(rng: random.Random, alike: bool) -> str:
    if alike:
        return "customer visit " + "".join(rng.choice("abcdefgh") for _ in range(4))
    return " ".join(rng.choice(_WORDS) for _ in range(4))


def canvas_pair(
    entries: int = 2000, renames: int = 400, seed: int = 13, alike: bool = False
) -> tuple[str, str]:
    """(old, new) YAML texts: ``entries`` touchpoints, ``renames`` of them renamed and edited.
    With ``alike``, every name is a rewording of every other (``customer visit abcd``)."""
    rng = random.Random(seed)
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < entries:
        name = _name(rng, alike)
        if slugify(name) not in seen:
            seen.add(slugify(name))
            names.append(name)
    olds = [_touchpoint(n, f"Objective of {n}.") for n in names]
    news = list(olds)
    for i in range(renames):
        renamed = names[i] + " plus"
        while slugify(renamed) in seen:
            renamed += " more"
        seen.add(slugify(renamed))
        news[i] = _touchpoint(renamed, f"Objective of {names[i]}, edited.")
    return _document(olds), _document(news)


def _touchpoint(name: str, objective: str) -> dict[str, str]:
    return {
        "id": slugify(name),
        "name": name,
        "phase": "pre_sale",
        "channel": "email",
        "frequency": "monthly",
        "objective": objective,
    }


def _document(touchpoints: list[dict[str, str]]) -> str:
    canvas = {
        "relcanvas": 1,
        "title": "Large canvas",
        "language": "en",
        "segments": [{"id": "all", "name": "Everyone", "value": "high"}],
        "touchpoints": touchpoints,
    }
    return yaml.safe_dump(canvas, sort_keys=False, allow_unicode=True)
