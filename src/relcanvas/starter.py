"""The starter canvas written by ``relcanvas init``: valid, and a guide to fill it in."""

from __future__ import annotations

import datetime as dt

from relcanvas import vocabulary as V
from relcanvas.i18n import t
from relcanvas.schema import SCHEMA_URL

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
    words = {
        key: t(f"starter.{key}", lang)
        for key in ("title", "segment", "author", "hint", "segments", "indicators")
    }
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
