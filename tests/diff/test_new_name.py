"""Renames that survive a new key and a new name (docs/diff.md, Renames, rule 3)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from typer.testing import CliRunner

from relcanvas.cli import app
from relcanvas.diff import compare
from relcanvas.diff.report import text_lines
from relcanvas.loader import load_bytes
from relcanvas.model import Canvas

HEAD = "relcanvas: 1\ntitle: T\nlanguage: en\n"
COURIERS = """
segments:
  - {id: coursiers, name: Coursiers urbains, value: high, willingness_to_pay: medium}
  - {id: shops, name: Shops, value: medium, willingness_to_pay: high}
interaction:
  - segment: coursiers
    types: [personal_assistance]
    human_contact: high
    personalization: medium
    automation: low
  - {segment: shops, types: [self_service], human_contact: low, automation: high}
touchpoints:
  - {name: Depot briefing, phase: support, channel: in_person, segments: [coursiers]}
  - {name: Weekly call, phase: support, channel: phone, segments: [coursiers, shops]}
loyalty:
  - {name: Rider club, kind: loyalty_program, segments: [coursiers]}
"""


def canvas(text: str) -> Canvas:
    loaded = load_bytes((HEAD + textwrap.dedent(text)).encode(), "t.yaml")
    assert loaded.canvas is not None, [p.message for p in loaded.problems]
    return loaded.canvas


def livreurs(text: str = COURIERS, contact: str = "medium") -> str:
    text = text.replace("coursiers", "livreurs").replace("Coursiers urbains", "Livreurs")
    return text.replace("human_contact: high\n  ", f"human_contact: {contact}\n  ", 1)


def test_new_id_and_name_with_the_same_content_is_one_rename() -> None:
    found = compare(canvas(COURIERS), canvas(livreurs()))
    kinds = [(c.block, c.kind, c.key, c.field) for c in found.changes]
    assert kinds == [
        ("segments", "renamed", "livreurs", "name"),
        ("interaction", "changed", "livreurs", "human_contact"),
    ]
    rename = found.changes[0]
    assert (rename.old, rename.new) == ("Coursiers urbains", "Livreurs")
    # The references that followed are told with the rename, not as changes of their own.
    assert set(rename.references) == {
        ("interaction", "livreurs"),
        ("touchpoints", "depot-briefing"),
        ("touchpoints", "weekly-call"),
        ("loyalty", "Rider club"),
    }
    assert found.changes[1].direction == "decrease"


def test_edits_to_the_segment_itself_are_listed_under_the_rename() -> None:
    new = livreurs(contact="high").replace(
        "name: Livreurs, value: high", "name: Livreurs, value: medium"
    )
    found = compare(canvas(COURIERS), canvas(new))
    assert [(c.kind, c.field) for c in found.changes] == [("renamed", "name"), ("changed", "value")]
    text = [str(line) for line in text_lines(found, "en", "a", "b")]
    assert "  > Coursiers urbains -> Livreurs (references followed: " in text[2]
    assert text[3].strip() == "Value: High -> Medium (decrease)"


def test_references_that_do_not_follow_mean_another_segment() -> None:
    new = livreurs(contact="high").replace("segments: [livreurs]}", "segments: [shops]}")
    found = compare(canvas(COURIERS), canvas(new))
    assert ("segments", "removed") in {(c.block, c.kind) for c in found.changes}
    assert "renamed" not in {c.kind for c in found.changes if c.block == "segments"}


def test_equally_alike_candidates_are_not_guessed() -> None:
    old = """
    loyalty:
      - {name: Rider club, kind: loyalty_program, customer_value: Meet riders, notes: monthly}
    """
    twins = """
    loyalty:
      - {name: Guild, kind: loyalty_program, customer_value: Meet riders, notes: monthly}
      - {name: Circle, kind: loyalty_program, customer_value: Meet riders, notes: monthly}
    """
    found = compare(canvas(old), canvas(twins))
    assert sorted(c.kind for c in found.changes) == ["added", "added", "removed"]
    one = twins.split("\n      - {name: Circle")[0] + "\n"
    found = compare(canvas(old), canvas(one))
    assert [(c.kind, c.old, c.new) for c in found.changes] == [("renamed", "Rider club", "Guild")]


def test_a_small_entry_with_a_new_name_is_not_recognised() -> None:
    old = "segments:\n  - {id: a, name: Alpha, value: high}\n"
    new = "segments:\n  - {id: b, name: Beta, value: high}\n"
    found = compare(canvas(old), canvas(new))
    assert sorted(c.kind for c in found.changes) == ["added", "removed"]


def test_touchpoint_with_a_new_name_keeps_its_tool() -> None:
    body = """
    touchpoints:
      - {name: NAME, phase: support, channel: phone, frequency: weekly, segments: [shops]}
    tools:
      - {name: CRM, kind: crm, touchpoints: [ID]}
    """
    old = canvas(
        COURIERS.split("touchpoints:")[0]
        + textwrap.dedent(body).replace("NAME", "Weekly call").replace("ID", "weekly-call")
    )
    new = canvas(
        COURIERS.split("touchpoints:")[0]
        + textwrap.dedent(body)
        .replace("NAME", "Monday phone round")
        .replace("ID", "monday-phone-round")
    )
    found = compare(old, new)
    assert [(c.block, c.kind) for c in found.changes] == [("touchpoints", "renamed")]
    assert found.changes[0].references == (("tools", "crm"),)


def test_cli_diff_shows_one_rename(tmp_path: Path) -> None:
    a, b = tmp_path / "a.canvas.yaml", tmp_path / "b.canvas.yaml"
    a.write_text(HEAD + textwrap.dedent(COURIERS))
    b.write_text(HEAD + textwrap.dedent(livreurs()))
    result = CliRunner().invoke(app, ["diff", str(a), str(b), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["summary"]["entries"] == {"added": 0, "removed": 0, "renamed": 1, "changed": 1}
    rename = data["changes"][0]
    assert (rename["key"], rename["old_key"], rename["old"]) == (
        "livreurs",
        "coursiers",
        "Coursiers urbains",
    )
