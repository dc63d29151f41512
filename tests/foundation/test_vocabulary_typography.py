"""The French labels of the vocabulary are typeset, and a keyboard's spelling still works.

The labels, questions and prompts print next to catalogue messages, so they follow the same
French typography (’ and a no-break space before ? : ; !). A user types a straight
apostrophe: the label must still be understood, by relcanvas and by the JSON Schema.
"""

from __future__ import annotations

import re

import pytest

from relcanvas import vocabulary as V
from relcanvas.loader import load_bytes


def french_texts() -> list[str]:
    """Every French word of the vocabulary: names, labels, block titles, questions, steps."""
    texts = [v.name.fr for v in V.VOCABULARIES.values()]
    texts += [t.label.fr for v in V.VOCABULARIES.values() for t in v.terms]
    for block in V.BLOCKS:
        texts += [block.title.fr, block.question.fr, *(p.fr for p in block.prompts)]
    for title, text, _ in V.FILLING_ORDER:
        texts += [title.fr, text.fr]
    return texts


def test_french_labels_use_french_typography() -> None:
    slips = [
        text
        for text in french_texts()
        if "'" in text or re.search(r"[ \t\u202f][?:;!»]|«[ \t]", text)
    ]
    assert slips == []


@pytest.mark.parametrize("typed", ["Taux d'attrition", "Taux d’attrition", "taux d attrition"])
def test_a_label_typed_with_a_straight_apostrophe_is_understood(typed: str) -> None:
    assert V.INDICATOR_KIND.lookup(typed) == "churn"
    loaded = load_bytes(
        f"relcanvas: 1\ntitle: T\nindicators:\n  - name: Départs\n    kind: {typed}\n".encode()
    )
    assert loaded.ok and loaded.canvas is not None
    assert loaded.canvas.indicators[0].kind == "churn"


@pytest.mark.parametrize("typed", ["Retours clients", "Retours d'expérience", "feedback"])
def test_feedback_keeps_its_former_label_as_a_spelling(typed: str) -> None:
    assert V.INVOLVEMENT_LEVEL.lookup(typed) == "feedback"


def test_the_schema_lists_both_apostrophes() -> None:
    spellings = V.INDICATOR_KIND.accepted_spellings()
    assert "Taux d’attrition" in spellings and "Taux d'attrition" in spellings


def test_the_schema_keeps_the_former_feedback_label() -> None:
    spellings = V.INVOLVEMENT_LEVEL.accepted_spellings()
    assert {"Retours clients", "Retours d’expérience", "Retours d'expérience"} <= set(spellings)
