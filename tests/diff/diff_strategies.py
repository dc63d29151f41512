"""Hypothesis strategies for diff tests: canvases as plain data, and ways to re-write them.

Every generated entry carries a unique note, so that two different entries never look like
one entry with a new key (which diff would rightly call a rename).
"""

from __future__ import annotations

import random
from typing import Any

import yaml
from hypothesis import strategies as st

from relcanvas import vocabulary as V
from relcanvas.model import slugify

WORDS = ["Café", "Atelier", "Review", "Webinar", "Portal", "Club", "Survey", "Démo", "Hotline"]
CHANNELS = ["phone", "email", "video", "web", "in person", "Visioconférence", "carrier pigeon"]
FREQUENCIES = ["once", "monthly", "twice a year", "Trimestrielle", "when it rains"]

# field -> vocabulary, for re-spelling enums as labels
ENUM_FIELDS: dict[str, dict[str, V.Vocabulary]] = {
    "authors": {"role": V.ROLE},
    "segments": {"value": V.LEVEL, "willingness_to_pay": V.LEVEL},
    "interaction": {
        "types": V.INTERACTION_TYPE,
        "human_contact": V.LEVEL,
        "personalization": V.LEVEL,
        "automation": V.LEVEL,
    },
    "touchpoints": {"phase": V.PHASE, "channel": V.CHANNEL, "frequency": V.FREQUENCY},
    "tools": {"kind": V.TOOL_KIND},
    "loyalty": {"kind": V.LOYALTY_KIND},
    "involvement": {"level": V.INVOLVEMENT_LEVEL},
    "evolution": {"phase": V.STAGE},
    "indicators": {"kind": V.INDICATOR_KIND, "frequency": V.FREQUENCY},
}
LIST_BLOCKS = tuple(ENUM_FIELDS)


def _maybe(draw: st.DrawFn, value: st.SearchStrategy[Any]) -> Any:
    return draw(st.one_of(st.none(), value))


def _ids(vocab: V.Vocabulary) -> st.SearchStrategy[str]:
    return st.sampled_from(vocab.ids)


def _subset(draw: st.DrawFn, pool: list[str]) -> list[str]:
    return draw(st.lists(st.sampled_from(pool), unique=True)) if pool else []


@st.composite
def pools(draw: st.DrawFn) -> dict[str, list[dict[str, Any]]]:
    """Entries for every block, references pointing into ``segments`` and ``touchpoints``."""
    counter = iter(range(10_000))

    def note() -> str:
        return f"note {next(counter)}"

    def name() -> str:
        return f"{draw(st.sampled_from(WORDS))} {next(counter)}"

    segments = [
        {
            "id": f"seg-{i}",
            "name": f"Segment {i}",
            "value": _maybe(draw, _ids(V.LEVEL)),
            "notes": note(),
        }
        for i in range(draw(st.integers(1, 4)))
    ]
    seg_ids = [s["id"] for s in segments]
    touchpoints = []
    for _ in range(draw(st.integers(0, 4))):
        entry: dict[str, Any] = {
            "name": name(),
            "phase": _maybe(draw, _ids(V.PHASE)),
            "channel": _maybe(draw, st.sampled_from(CHANNELS)),
            "frequency": _maybe(draw, st.sampled_from(FREQUENCIES)),
            "segments": _subset(draw, seg_ids),
            "moment_of_truth": draw(st.booleans()),
            "notes": note(),
        }
        if draw(st.booleans()):
            entry["id"] = f"tp-{next(counter)}"
        touchpoints.append(entry)
    tp_ids = [t.get("id") or slugify(t["name"]) for t in touchpoints]
    return {
        "authors": [
            {"name": f"Author {next(counter)}", "role": _maybe(draw, _ids(V.ROLE))}
            for _ in range(draw(st.integers(0, 3)))
        ],
        "segments": segments,
        "interaction": [
            {
                "segment": seg,
                "types": draw(st.lists(_ids(V.INTERACTION_TYPE), unique=True, max_size=3)),
                "human_contact": _maybe(draw, _ids(V.LEVEL)),
                "automation": _maybe(draw, _ids(V.LEVEL)),
                "notes": note(),
            }
            for seg in seg_ids
            if draw(st.booleans())
        ],
        "touchpoints": touchpoints,
        "tools": [
            {
                "name": name(),
                "kind": _maybe(draw, _ids(V.TOOL_KIND)),
                "touchpoints": _subset(draw, tp_ids),
                "notes": note(),
                **(
                    {"x-cost": {"amount": 3, "per": ["user", "month"]}}
                    if draw(st.booleans())
                    else {}
                ),
            }
            for _ in range(draw(st.integers(0, 3)))
        ],
        "loyalty": [
            {
                "name": name(),
                "kind": _maybe(draw, _ids(V.LOYALTY_KIND)),
                "segments": _subset(draw, seg_ids),
                "notes": note(),
            }
            for _ in range(draw(st.integers(0, 3)))
        ],
        "involvement": [
            {
                "level": draw(_ids(V.INVOLVEMENT_LEVEL)),
                "mechanism": name(),
                "segments": _subset(draw, seg_ids),
                "notes": note(),
            }
            for _ in range(draw(st.integers(0, 3)))
        ],
        "evolution": [
            {
                "phase": stage,
                "objectives": draw(st.lists(st.sampled_from(WORDS), unique=True, max_size=3)),
                "risk_signals": draw(st.lists(st.sampled_from(WORDS), unique=True, max_size=2)),
                "segments": _subset(draw, seg_ids),
                "notes": note(),
            }
            for stage in draw(st.lists(_ids(V.STAGE), unique=True, max_size=3))
        ],
        "indicators": [
            {
                "name": name(),
                "kind": _maybe(draw, _ids(V.INDICATOR_KIND)),
                "target": _maybe(draw, st.sampled_from([">= 40", "< 5%", "12"])),
                "frequency": _maybe(draw, st.sampled_from(FREQUENCIES)),
                "notes": note(),
            }
            for _ in range(draw(st.integers(0, 3)))
        ],
    }


def canvas_data(blocks: dict[str, list[dict[str, Any]]], **meta: Any) -> dict[str, Any]:
    """A whole canvas from block entries, empty values left out as a person would."""
    data: dict[str, Any] = {"relcanvas": 1, "title": "Generated", "language": "en", **meta}
    for block, entries in blocks.items():
        data[block] = [{k: v for k, v in e.items() if v not in (None, [])} for e in entries]
    return data


def _respell(value: Any, vocab: V.Vocabulary, rng: random.Random) -> Any:
    if isinstance(value, list):
        return [_respell(v, vocab, rng) for v in value]
    term = vocab.term(value)
    if term is None:
        return value
    spelling = rng.choice([term.id, term.label.fr, term.label.en, term.label.fr.upper()])
    return spelling


def _shuffled_mapping(mapping: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    items = list(mapping.items())
    rng.shuffle(items)
    return dict(items)


def shuffled_yaml(data: dict[str, Any], seed: int) -> str:
    """The same canvas written differently: keys and lists reordered, enums as labels."""
    rng = random.Random(seed)
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in LIST_BLOCKS:
            entries = []
            for entry in value:
                entry = dict(entry)
                for field, vocab in ENUM_FIELDS[key].items():
                    if field in entry:
                        entry[field] = _respell(entry[field], vocab, rng)
                for field, item in entry.items():
                    if isinstance(item, list):
                        entry[field] = rng.sample(item, len(item))
                    elif isinstance(item, dict):
                        entry[field] = _shuffled_mapping(item, rng)
                entries.append(_shuffled_mapping(entry, rng))
            value = rng.sample(entries, len(entries))
        out[key] = value
    text = yaml.safe_dump(
        _shuffled_mapping(out, rng),
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=rng.choice([False, None]),
    )
    return "# written in another order, with comments\n" + text
