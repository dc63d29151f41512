"""The starter canvas written by ``relcanvas init``: valid, and a guide to fill it in."""

from __future__ import annotations

import datetime as dt

from relcanvas import vocabulary as V
from relcanvas.schema import SCHEMA_URL

_PLACEHOLDER = {
    "fr": {
        "title": "Ma relation client",
        "segment": "Mon premier segment",
        "author": "Votre nom",
        "hint": "Remplissez les blocs dans l'ordre suggéré : 1, 2, 3 et 4, puis 5 et 6.",
        "segments": "Les segments de clientèle auxquels les blocs font référence (par leur id).",
        "indicators": "Comment mesurer la qualité de la relation (NPS, CSAT, attrition...).",
    },
    "en": {
        "title": "My customer relationship",
        "segment": "My first segment",
        "author": "Your name",
        "hint": "Fill the blocks in the suggested order: 1, 2, 3 and 4, then 5 and 6.",
        "segments": "The customer segments that the blocks refer to (by their id).",
        "indicators": "How the quality of the relationship is measured (NPS, CSAT, churn...).",
    },
}

_EXAMPLES: dict[str, tuple[str, ...]] = {
    "interaction": (
        "segment: {seg}",
        "types: [personal_assistance]",
        "human_contact: medium",
        "personalization: medium",
        "automation: low",
    ),
    "touchpoints": (
        "name: ...",
        "phase: onboarding",
        "channel: video",
        "frequency: once",
        "objective: ...",
        "moment_of_truth: true",
        "response_time: 24h",
    ),
    "tools": ("name: ...", "kind: crm", "touchpoints: [...]", "shared_history: true"),
    "loyalty": ("name: ...", "kind: proactive_follow_up", "customer_value: ..."),
    "involvement": ("level: feedback", "mechanism: ..."),
    "evolution": (
        "phase: onboarding",
        "objectives: [...]",
        "actions: [...]",
        "duration: ...",
        "next_signals: [...]",
        "risk_signals: [...]",
    ),
}
"""A commented example entry under each block, to uncomment and fill."""


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def starter_canvas(
    lang: str = "fr",
    title: str | None = None,
    *,
    schema_ref: str = SCHEMA_URL,
    today: dt.date | None = None,
) -> str:
    """YAML text of a starter canvas with each block's guiding question above it."""
    words = _PLACEHOLDER["fr" if lang == "fr" else "en"]
    today = today or dt.date.today()
    lines = [
        f"# yaml-language-server: $schema={schema_ref}",
        f"# {V.UI['canvas'](lang)} — {words['hint']}",
        "relcanvas: 1",
        f"title: {_quote(title or words['title'])}",
        "organization: ...",
        f"language: {lang}",
        'version: "0.1"',
        f"updated: {today.isoformat()}",
        "authors:",
        f"  - {{name: {_quote(words['author'])}, role: other}}",
        "",
        f"# {words['segments']}",
        "segments:",
        "  - id: segment-1",
        f"    name: {_quote(words['segment'])}",
        "    value: medium",
        "",
    ]
    for block in V.BLOCKS:
        lines.append(f"# {block.number}. {block.title(lang)} — {block.question(lang)}")
        for prompt in block.prompts:
            lines.append(f"#    · {prompt(lang)}")
        lines.append(f"{block.key}: []")
        first, *rest = _EXAMPLES[block.key]
        lines.append("#   - " + first.format(seg="segment-1"))
        lines.extend("#     " + row for row in rest)
        lines.append("")
    lines += [f"# {words['indicators']}", "indicators: []", ""]
    return "\n".join(lines)
