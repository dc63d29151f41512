"""The judge pairs: known strategic edits to the examples, hidden in cosmetic noise.

Each pair in ``fixtures/judge`` (written by ``make_pairs.py``) comes with the changes a
reviewer would list, written by hand. diff must report exactly those: nothing missing, and
nothing the noise (order, spellings, layout, written-out ids, comments) could add.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from relcanvas.cli import app

JUDGE = Path(__file__).parent / "fixtures" / "judge"
PAIRS = sorted(p.name.removesuffix(".expected.yaml") for p in JUDGE.glob("*.expected.yaml"))

runner = CliRunner()


def diff(name: str, *options: str) -> Any:
    old, new = (str(JUDGE / f"{name}.{side}.yaml") for side in ("old", "new"))
    return runner.invoke(app, ["diff", old, new, *options], env={"NO_COLOR": "1"})


def test_there_are_enough_pairs() -> None:
    assert len(PAIRS) >= 10


@pytest.mark.parametrize("name", PAIRS)
def test_reports_exactly_the_strategic_changes(name: str) -> None:
    expected_rows = yaml.safe_load((JUDGE / f"{name}.expected.yaml").read_text("utf-8")) or []
    expected = {(r["block"], r["kind"], r["key"], r["field"]) for r in expected_rows}
    result = diff(name, "--format", "json", "--exit-code")
    assert result.exit_code == (1 if expected else 0), result.output
    changes = json.loads(result.stdout)["changes"]
    seen = [(c["block"], c["kind"], c["key"], c["field"]) for c in changes]
    assert len(seen) == len(set(seen)), "a change is reported twice"
    assert set(seen) == expected


# (pair, lines the text report must show, in this order)
READS: dict[str, list[str]] = {
    "b2c-touchpoint-renamed-and-edited": [
        "2. Touchpoints",
        "  > Plan check before the annual price review -> Plan check before the yearly price "
        "review (references followed: 3. Relationship tools: Customer data platform)",
        "      Frequency: Yearly -> Twice a year",
        "Total: 1 renamed, 1 changed",
    ],
    "b2c-loyalty-renamed-and-reworded": [
        "  > Skip and pause without penalty -> Skip or pause any week without penalty",
        "      Value to the customer: Freedom to travel without cancelling. -> Freedom to travel"
        " or slow down without cancelling.",
    ],
    "b2c-levels-up-and-down": [
        "      Value: Low -> Medium (increase)",
        "      Human contact: Medium -> High (increase)",
        "      Automation: High -> Medium (decrease)",
    ],
    "b2b-review": [
        "  ~ PME industrielles",
        "      Contact humain\u00a0: Moyen -> Faible (baisse)",
        "      Fréquence\u00a0: Annuelle -> Semestrielle",
        "  - Statut de site de référence (Type\u00a0: Reconnaissance de statut;",
        "Total\u00a0: 1 retrait, 4 modifications",
    ],
    "b2c-involvement-reworded": [
        "  > Ideas: Monthly poll on next season's dishes. -> Monthly poll on next season's "
        "dishes and desserts.",
    ],
    "b2b-segments-emptied": ["groupes hospitaliers), PME industrielles -> Tous les segments"],
    "media-language-switched": ["  ~ Language: French -> English", "Total: 1 changed"],
    "b2b-evolution-reordered": ["aucun changement"],
}


@pytest.mark.parametrize("name", sorted(READS))
def test_text_reads_like_a_review(name: str) -> None:
    result = diff(name)
    assert result.exit_code == 0, result.output
    text = result.stdout
    position = 0
    for wanted in READS[name]:
        found = text.find(wanted, position)
        assert found >= 0, f"{wanted!r} not in order in:\n{text}"
        position = found + len(wanted)


def test_lookalikes_are_not_renames() -> None:
    """Same kind, same phase and channel, but other names: removed and added, as written."""
    text = diff("b2c-tools-and-lookalikes").stdout
    assert "  - Courier tracking by SMS (" in text
    assert "  + Printed recipe cards (" in text
    assert "  - Customer care chat, with a call-back for delivery problems (" in text
    assert "  + Live chat with a nutritionist (" in text


def test_markdown_of_a_rename_with_edits() -> None:
    out = diff("b2c-competing-candidates", "--format", "markdown").stdout
    assert (
        "- **Renamed** Anniversary dessert for families → Anniversary desserts for families\n"
        "  - Value to the customer: A surprise dessert on the first anniversary. → "
        "A surprise dessert on each anniversary.\n"
    ) in out
    assert "- **Removed** _Anniversary dessert for couples_ — " in out
