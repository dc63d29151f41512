"""Findings carry an id and plain parameters, rendered in the reader's language at output."""

from __future__ import annotations

import json

from relcanvas.i18n import Message
from relcanvas.lint.engine import Finding, lint_loaded
from relcanvas.lint.rule import EXAMPLE_TODAY, REGISTRY
from relcanvas.lint.rules import touchpoints  # noqa: F401
from relcanvas.loader import load_bytes

CANVAS = """\
relcanvas: 1
title: Test
language: fr
segments:
  - {id: a, name: Grands comptes, value: high}
  - {id: b, name: PME, value: low}
interaction:
  - {segment: a, human_contact: medium, personalization: medium, automation: medium}
  - {segment: b, human_contact: medium, personalization: medium, automation: medium}
touchpoints:
  - {name: Hotline, phase: support, channel: téléphone, frequency: on_demand}
  - {name: SAV, phase: support, channel: phone, frequency: on_demand}
authors:
  - {name: A, role: sales}
"""


def _findings(code: str) -> list[Finding]:
    report = lint_loaded(load_bytes(CANVAS.encode(), "c.yaml"), today=EXAMPLE_TODAY)
    return [f for f in report.findings if f.code == code]


def test_a_channel_without_response_time_is_one_finding_listing_its_touchpoints() -> None:
    (finding,) = _findings("RC209")
    assert finding.lang == "fr"
    assert finding.text() == (
        "le canal «\u00a0Téléphone\u00a0» n’a pas de délai de réponse "
        "(utilisé par 2 points de contact\u00a0: 'Hotline' et 'SAV')"
    )
    assert finding.text("en") == (
        "channel 'Phone' has no response time (used by 2 touchpoints: 'Hotline' and 'SAV')"
    )


def test_one_size_for_all_gives_its_evidence() -> None:
    (finding,) = _findings("RC103")
    assert finding.text("en") == (
        "the 2 segments 'Grands comptes' and 'PME' all get the same interaction mode, "
        "although their value differs: high and low"
    )


def test_plural_forms_in_both_languages() -> None:
    (finding,) = _findings("RC707")
    assert finding.text("en") == "the authors bring 1 profile (sales); 2 or more expected"
    assert finding.text("fr") == (
        "les auteurs apportent 1 profil (ventes)\u00a0; au moins 2 attendus"
    )


def test_finding_round_trips_through_json() -> None:
    report = lint_loaded(load_bytes(CANVAS.encode(), "c.yaml"), today=EXAMPLE_TODAY)
    assert report.findings
    for finding in report.findings:
        stored = json.loads(json.dumps(finding.to_json()))
        back = Finding.from_json(stored)
        assert back == finding
        assert back.message == finding.message
        assert back.text("fr") == finding.text("fr")


def test_every_rule_has_a_fix_hint_of_its_own_in_both_languages() -> None:
    from relcanvas.i18n import has, t

    for code in REGISTRY:
        if code.startswith("RC9"):  # throwaway rules of other tests
            continue
        assert has(f"{code.lower()}.fix"), code
        assert t(f"{code.lower()}.fix", "fr") != t(f"{code.lower()}.fix", "en"), code


def test_message_parameters_are_plain_values() -> None:
    message = Message("rc209.message", {"channel": "phone", "touchpoints": ["'a'"], "count": 1})
    assert Message.from_json(json.loads(json.dumps(message.to_json()))) == message
