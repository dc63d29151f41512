"""Canvases for the render tests: a small one, a very large one, a hostile one."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"

WORDS = [
    "échéance",
    "qualité",
    "fidélité",
    "réunion",
    "clientèle",
    "stratégie",
    "cœur",
    "naïve",
    "façade",
    "élève",
    "premier",
    "contrat",
    "équipe",
    "suivi",
    "relation",
    "écoute",
    "confiance",
    "durée",
]


def spec_example() -> dict[str, Any]:
    """A small canvas like the format spec's example, kept here so every machine tests the same."""
    return small_canvas()


def small_canvas() -> dict[str, Any]:
    return {
        "relcanvas": 1,
        "title": "Atelier Nord – relation client",
        "organization": "Atelier Nord SA",
        "language": "fr",
        "version": "2026-Q4",
        "updated": "2026-11-20",
        "authors": [{"name": "Claire Martin", "role": "marketing"}],
        "segments": [{"id": "grands-comptes", "name": "Grands comptes", "value": "high"}],
        "interaction": [
            {
                "segment": "grands-comptes",
                "types": ["dedicated_personal_assistance"],
                "human_contact": "high",
                "personalization": "high",
                "automation": "low",
            }
        ],
        "touchpoints": [
            {
                "name": "Atelier de lancement",
                "phase": "onboarding",
                "channel": "in_person",
                "objective": "Installer l’outil et former l’équipe",
                "segments": ["grands-comptes"],
                "moment_of_truth": True,
                "proactive": True,
            }
        ],
        "indicators": [{"name": "NPS", "kind": "nps", "target": ">= 40"}],
    }


def numbered_words(prefix: str, count: int) -> str:
    """Text whose every word can be found again: an accented word and a unique number."""
    return " ".join(f"{WORDS[i % len(WORDS)]}{prefix}{i}" for i in range(count))


def big_canvas(touchpoints: int = 80, note_words: int = 2000) -> dict[str, Any]:
    """A canvas far larger than one sheet: every block must continue on later pages."""
    segments = [
        {
            "id": f"seg-{i}",
            "name": f"Segment élargi {i}",
            "value": "medium",
            "notes": numbered_words(f"s{i}n", 12),
        }
        for i in range(6)
    ]
    phases = ["pre_sale", "sale", "delivery", "onboarding", "support"]  # renewal left empty
    return {
        "relcanvas": 1,
        "title": "Très grand canevas – stress d’impression",
        "organization": "Société Générale des Essais",
        "language": "fr",
        "authors": [{"name": f"Auteur n°{i}", "role": "sales"} for i in range(3)],
        "segments": segments,
        "interaction": [
            {
                "segment": s["id"],
                "types": ["self_service", "communities"],
                "human_contact": "low",
                "personalization": "medium",
                "automation": "high",
                "notes": numbered_words(f"i{k}n", 40 if k else note_words),
            }
            for k, s in enumerate(segments)
        ],
        "touchpoints": [
            {
                "id": f"tp-{i}",
                "name": f"Point de contact numéro {i} à l’accueil",
                "phase": phases[i % len(phases)],
                "channel": "email",
                "frequency": "monthly",
                "objective": numbered_words(f"t{i}o", 10),
                "segments": [f"seg-{i % 6}"],
                "moment_of_truth": i % 7 == 0,
                "proactive": i % 3 == 0,
                "response_time": "48 h",
                "notes": numbered_words(f"t{i}n", note_words if i == 5 else 25),
            }
            for i in range(touchpoints)
        ],
        "tools": [
            {
                "id": f"tool-{i}",
                "name": f"Outil partagé {i}",
                "kind": "crm",
                "touchpoints": [f"tp-{i}", f"tp-{i + 1}"],
                "shared_history": True,
                "notes": numbered_words(f"o{i}n", 30),
            }
            for i in range(20)
        ],
        "loyalty": [
            {
                "name": f"Mécanisme de fidélité {i}",
                "kind": "loyalty_program",
                "customer_value": numbered_words(f"l{i}v", 15),
                "notes": numbered_words(f"l{i}n", 20),
            }
            for i in range(15)
        ],
        "involvement": [
            {"level": lvl, "mechanism": numbered_words(f"v{i}m", 20)}
            for i, lvl in enumerate(["feedback", "ideas", "co_creation", "recommendation"] * 3)
        ],
        "evolution": [
            {
                "phase": st,
                "objectives": [numbered_words(f"e{i}o", 8)],
                "actions": [numbered_words(f"e{i}a{j}", 6) for j in range(4)],
                "duration": "6 mois",
                "next_signals": [numbered_words(f"e{i}s", 6)],
                "risk_signals": [numbered_words(f"e{i}r", 6)],
            }
            for i, st in enumerate(
                ["acquisition", "onboarding", "growth", "maturity", "reengagement", "exit"] * 2
            )
        ],
        "indicators": [
            {
                "name": f"Indicateur {i}",
                "kind": "csat",
                "target": "≥ 80 %",
                "frequency": "quarterly",
                "notes": numbered_words(f"k{i}n", 15),
            }
            for i in range(12)
        ],
    }


HOSTILE = (
    "<script>alert(1)</script> <img src=file:///etc/passwd> "
    "<link rel=attachment href=file:///etc/hostname> "
    '<link rel="stylesheet" href="http://127.0.0.1:9/x.css"> '
    "<style>@import url(file:///etc/passwd);</style> {{ 7*7 }} [x](javascript:alert(1))"
)


def hostile_canvas() -> dict[str, Any]:
    """Markup and URLs in every text field a person can write."""
    h = HOSTILE
    return {
        "relcanvas": 1,
        "title": h,
        "organization": h,
        "language": "en",
        "version": h,
        "authors": [{"name": h}],
        "segments": [{"id": "s", "name": h, "notes": h}],
        "interaction": [{"segment": "s", "types": ["self_service"], "notes": h}],
        "touchpoints": [
            {
                "id": "t",
                "name": h,
                "channel": h,
                "frequency": h,
                "objective": h,
                "response_time": h,
                "notes": h,
                "moment_of_truth": True,
            }
        ],
        "tools": [{"id": "o", "name": h, "touchpoints": ["t"], "notes": h}],
        "loyalty": [{"name": h, "customer_value": h, "notes": h}],
        "involvement": [{"level": "ideas", "mechanism": h, "notes": h}],
        "evolution": [
            {
                "phase": "growth",
                "objectives": [h],
                "actions": [h],
                "duration": h,
                "next_signals": [h],
                "risk_signals": [h],
                "notes": h,
            }
        ],
        "indicators": [{"name": h, "target": h, "frequency": h, "notes": h}],
    }


def write_canvas(folder: Path, data: dict[str, Any], name: str = "canvas.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def squash(text: str) -> str:
    """Text without whitespace or hyphens, apostrophes made one: line breaks (hyphenated
    or not) and typographic apostrophes do not matter."""
    flat = "".join(text.split()).replace("\u2019", "'")
    return flat.translate({ord(c): None for c in "-\u2010\u00ad"})


def missing_words(view: Any, text: str) -> list[str]:
    """The words of a canvas view's entries that ``text`` (squashed PDF text) lacks."""
    return [
        word
        for area in view.areas
        for entry in area.entries
        for piece in entry.texts()
        for word in piece.split()
        if squash(word) not in text
    ]
