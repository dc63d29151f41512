"""A seeded generator of realistic canvases, of any size, for the benchmarks.

Every value comes from relcanvas's own vocabularies, so the canvases are valid; a share of
them carry the mistakes lint looks for (a human channel without a response time, a phase
with no proactive contact, loyalty that is only discounts), so that ``lint`` has findings
to report, as it does on real portfolios. The same seed gives the same bytes.

Usage: ``python benchmarks/generate.py OUT_DIR --count 1000 [--touchpoints 8] [--seed 7]``.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path
from typing import Any

import yaml

from relcanvas import vocabulary as V

WORDS = tuple(
    [
        "client",
        "conseil",
        "visite",
        "contrat",
        "suivi",
        "devis",
        "atelier",
        "offre",
        "service",
        "retour",
        "qualité",
        "équipe",
        "délai",
        "commande",
        "livraison",
        "rendez-vous",
        "formation",
        "appel",
        "relance",
        "fidélité",
        "avis",
        "projet",
    ]
)


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _ids(vocabulary: V.Vocabulary) -> list[str]:
    return list(vocabulary.ids)


def _segments(rng: random.Random, count: int) -> list[dict[str, Any]]:
    levels = _ids(V.LEVEL)
    return [
        {
            "id": f"segment-{i}",
            "name": f"Segment {i} " + rng.choice(WORDS),
            "value": levels[i % len(levels)],
            "willingness_to_pay": rng.choice(levels),
        }
        for i in range(count)
    ]


def _touchpoint(rng: random.Random, i: int, segments: list[str], flawed: bool) -> dict[str, Any]:
    channel = rng.choice(_ids(V.CHANNEL))
    item: dict[str, Any] = {
        "id": f"tp-{i}",
        "name": f"Contact {i} " + " ".join(rng.sample(WORDS, 3)),
        "phase": _ids(V.PHASE)[i % len(V.PHASE.ids)],
        "channel": channel,
        "frequency": rng.choice(_ids(V.FREQUENCY)),
        "objective": _sentence(rng, 9),
        "segments": rng.sample(segments, k=min(len(segments), rng.randint(1, 2))),
        "moment_of_truth": i % 4 == 1,
        "proactive": i % 3 == 0,
    }
    if not (flawed and channel in V.HUMAN_CHANNELS):
        item["response_time"] = f"{rng.randint(1, 48)} h"
    return item


def canvas(seed: int, touchpoints: int = 8, flawed: bool = False) -> dict[str, Any]:
    """One canvas, the same for the same arguments."""
    rng = random.Random(seed)
    segments = _segments(rng, 3)
    ids = [s["id"] for s in segments]
    levels = _ids(V.LEVEL)
    points = [_touchpoint(rng, i, ids, flawed) for i in range(touchpoints)]
    loyalty_kinds = ["discount"] if flawed else _ids(V.LOYALTY_KIND)
    return {
        "relcanvas": 1,
        "title": f"Canevas de test {seed}",
        "organization": f"Entreprise {seed}",
        "language": "fr",
        "version": f"{2026 + seed % 3}.{seed % 4 + 1}",
        "updated": f"2026-{seed % 12 + 1:02d}-{seed % 28 + 1:02d}",
        "authors": [{"name": f"Auteur {seed}", "role": "marketing"}],
        "segments": segments,
        "interaction": [
            {
                "segment": s,
                "types": rng.sample(_ids(V.INTERACTION_TYPE), 2),
                "human_contact": levels[k % 3],
                "personalization": rng.choice(levels),
                "automation": rng.choice(levels),
            }
            for k, s in enumerate(ids)
        ],
        "touchpoints": points,
        "tools": [
            {
                "id": f"tool-{k}",
                "name": f"Outil {k}",
                "kind": rng.choice(_ids(V.TOOL_KIND)),
                "touchpoints": [p["id"] for p in points[k::3]],
                "shared_history": not flawed,
            }
            for k in range(3)
        ],
        "loyalty": [
            {
                "name": f"Avantage {k}",
                "kind": rng.choice(loyalty_kinds),
                "customer_value": _sentence(rng, 7),
            }
            for k in range(3)
        ],
        "involvement": [
            {"level": level, "mechanism": _sentence(rng, 8)}
            for level in rng.sample(_ids(V.INVOLVEMENT_LEVEL), 3)
        ],
        "evolution": [
            {
                "phase": stage,
                "objectives": [_sentence(rng, 4)],
                "actions": [_sentence(rng, 3)],
                "duration": f"{rng.randint(1, 12)} mois",
                "next_signals": [_sentence(rng, 3)],
                "risk_signals": [_sentence(rng, 3)],
            }
            for stage in _ids(V.STAGE)
        ],
        "indicators": [
            {"name": "NPS", "kind": "nps", "target": ">= 40", "frequency": "quarterly"},
            {"name": "Attrition", "kind": "churn", "target": "< 5 %", "frequency": "monthly"},
        ],
    }


def text(seed: int, touchpoints: int = 8) -> str:
    """The YAML text of canvas ``seed``: one in four is flawed."""
    data = canvas(seed, touchpoints, flawed=seed % 4 == 0)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def write(folder: Path, count: int, touchpoints: int = 8, seed: int = 7) -> list[Path]:
    """``count`` canvases in ``folder``, named in order; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"canvas-{i:05d}.yaml"
        path.write_text(text(seed * 100_003 + i, touchpoints), "utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--touchpoints", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write(args.out, args.count, args.touchpoints, args.seed)


if __name__ == "__main__":
    main()
