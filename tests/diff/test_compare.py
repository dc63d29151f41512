"""Matching and renames, where the logic is dense: unit tests on :func:`compare`."""

from __future__ import annotations

import textwrap

from relcanvas.diff import Change, compare
from relcanvas.diff.report import markdown, text_lines
from relcanvas.loader import load_bytes
from relcanvas.model import Canvas

HEAD = "relcanvas: 1\ntitle: T\nlanguage: en\n"
SEGMENTS = """
segments:
  - {id: smb, name: SMEs, value: medium}
  - {id: key, name: Key accounts, value: high}
"""


def canvas(body: str, segments: str = SEGMENTS) -> Canvas:
    loaded = load_bytes((HEAD + segments + textwrap.dedent(body)).encode(), "t.yaml")
    assert loaded.canvas is not None, [p.message for p in loaded.problems]
    return loaded.canvas


def summary(changes: list[Change]) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.block, c.kind, c.key, c.field) for c in changes]


def test_segment_id_rename_is_followed_by_every_reference() -> None:
    body = """
    interaction:
      - {segment: SEG, human_contact: low}
    touchpoints:
      - {name: Call, segments: [SEG, key]}
    loyalty:
      - {name: Club, segments: [SEG]}
    """
    old = canvas(body.replace("SEG", "smb"))
    renamed = SEGMENTS.replace("id: smb", "id: sme")
    new = canvas(body.replace("SEG", "sme"), renamed)
    changes = compare(old, new).changes
    assert summary(changes) == [("segments", "renamed", "sme", "id")]
    assert changes[0].old == "smb"
    assert changes[0].references == (
        ("interaction", "sme"),
        ("touchpoints", "call"),
        ("loyalty", "Club"),
    )


def test_same_name_under_a_new_id_is_a_rename_with_changes() -> None:
    old = canvas("")
    new = canvas(
        "",
        SEGMENTS.replace(
            "{id: smb, name: SMEs, value: medium}", "{id: sme, name: SMEs, value: low}"
        ),
    )
    changes = compare(old, new).changes
    assert summary(changes) == [
        ("segments", "renamed", "sme", "id"),
        ("segments", "changed", "sme", "value"),
    ]
    assert changes[1].direction == "decrease"


def test_derived_id_renamed_through_its_name_and_the_tool_follows() -> None:
    body = """
    touchpoints:
      - {name: NAME, phase: onboarding, objective: First use case}
    tools:
      - {name: CRM, touchpoints: [REF]}
    """
    old = canvas(body.replace("NAME", "Kick-off call").replace("REF", "kick-off-call"))
    new = canvas(body.replace("NAME", "Kick-off meeting").replace("REF", "kick-off-meeting"))
    changes = compare(old, new).changes
    assert summary(changes) == [("touchpoints", "renamed", "kick-off-meeting", "name")]
    assert changes[0].references == (("tools", "crm"),)
    lines = [t.plain for t in text_lines(compare(old, new), "en", "a", "b")]
    assert (
        "  > Kick-off call -> Kick-off meeting (references followed: 3. Relationship tools: CRM)"
        in ("\n".join(lines))
    )


def test_bare_entries_with_a_new_name_are_removed_and_added() -> None:
    old = canvas("touchpoints:\n  - {name: Webinar, channel: video}\n")
    new = canvas("touchpoints:\n  - {name: Trade show, channel: video}\n")
    assert summary(compare(old, new).changes) == [
        ("touchpoints", "removed", "webinar", None),
        ("touchpoints", "added", "trade-show", None),
    ]


def test_repeated_stage_is_matched_by_its_segments() -> None:
    body = """
    evolution:
      - {phase: onboarding, segments: [smb], duration: D1}
      - {phase: onboarding, segments: [key], duration: 3 months}
    """
    old = canvas(body.replace("D1", "2 weeks"))
    new_text = body.replace("D1", "1 month").splitlines()
    new = canvas("\n".join([new_text[0], new_text[1], new_text[3], new_text[2]]))
    changes = compare(old, new).changes
    assert summary(changes) == [("evolution", "changed", "onboarding [smb]", "duration")]
    assert "- **Changed** Onboarding (SMEs)" in markdown(compare(old, new), "en", "a", "b")


def test_involvement_is_keyed_by_level_and_mechanism() -> None:
    old = canvas("involvement:\n  - {level: feedback, mechanism: Survey, notes: after kick-off}\n")
    reworded = canvas(
        "involvement:\n  - {level: feedback, mechanism: Poll, notes: after kick-off}\n"
    )
    other = canvas("involvement:\n  - {level: ideas, mechanism: Survey, notes: after kick-off}\n")
    assert summary(compare(old, reworded).changes) == [
        ("involvement", "renamed", "feedback: Poll", "mechanism")
    ]
    assert summary(compare(old, other).changes) == [
        ("involvement", "changed", "ideas: Survey", "level")
    ]
    bare = canvas("involvement:\n  - {level: feedback, mechanism: Poll}\n")
    plain = canvas("involvement:\n  - {level: feedback, mechanism: Survey}\n")
    assert [c.kind for c in compare(plain, bare).changes] == ["removed", "added"]


def test_empty_segment_list_means_every_segment() -> None:
    old = canvas("loyalty:\n  - {name: Club, kind: discount}\n")
    new = canvas("loyalty:\n  - {name: Club, kind: discount, segments: [key]}\n")
    diff = compare(old, new)
    assert summary(diff.changes) == [("loyalty", "changed", "Club", "segments")]
    text = "\n".join(t.plain for t in text_lines(diff, "en", "a", "b"))
    assert "Segments: All segments -> Key accounts" in text


def test_rewrapped_text_and_name_case_are_handled() -> None:
    old = canvas("loyalty:\n  - name: Club\n    notes: |\n      one\n      two\n")
    new = canvas("loyalty:\n  - name: club\n    notes: >\n      one\n      two\n")
    assert summary(compare(old, new).changes) == [("loyalty", "changed", "club", "name")]


def test_extension_keys_on_entries_and_file() -> None:
    old = canvas("x-board: {a: 1}\ntools:\n  - {name: CRM, x-cost: 10}\n")
    new = canvas("x-board: {a: 2}\ntools:\n  - {name: CRM}\n")
    changes = compare(old, new).changes
    assert summary(changes) == [
        ("metadata", "changed", None, "x-board"),
        ("tools", "changed", "crm", "x-cost"),
    ]
    assert (changes[1].old, changes[1].new) == (10, None)


def test_author_role_change() -> None:
    old = canvas("authors:\n  - {name: Ada, role: sales}\n  - {name: Bo}\n")
    new = canvas("authors:\n  - {name: Bo}\n  - {name: Ada, role: Produit}\n")
    assert summary(compare(old, new).changes) == [("authors", "changed", "Ada", "role")]


def test_references_to_a_removed_or_added_entry_are_told_with_it() -> None:
    old = canvas(
        "touchpoints:\n  - {id: hotline, name: Hotline, segments: [smb, key]}\n"
        "  - {id: fair, name: Fair}\n"
        "tools:\n  - {name: CRM, touchpoints: [hotline, fair]}\n"
    )
    new = canvas(
        "touchpoints:\n  - {id: hotline, name: Hotline, segments: [smb, key]}\n"
        "  - {id: webinar, name: Webinar}\n"
        "tools:\n  - {name: CRM, touchpoints: [hotline, webinar]}\n"
    )
    changes = compare(old, new).changes
    assert summary(changes) == [
        ("touchpoints", "removed", "fair", None),
        ("touchpoints", "added", "webinar", None),
    ]
    removed, added = changes
    assert removed.references == (("tools", "crm"),)
    assert added.references == (("tools", "crm"),)


def test_a_list_emptied_by_a_removal_now_means_every_segment() -> None:
    old = canvas("touchpoints:\n  - {id: hotline, name: Hotline, segments: [key]}\n")
    new = canvas(
        "touchpoints:\n  - {id: hotline, name: Hotline}\n",
        segments="segments:\n  - {id: smb, name: Small firms}\n",
    )
    kinds = summary(compare(old, new).changes)
    assert ("touchpoints", "changed", "hotline", "segments") in kinds
    assert ("segments", "removed", "key", None) in kinds


def test_renamed_and_edited_needs_alike_names_same_anchors_and_most_content() -> None:
    """Renamed and edited at once is one entry only when nothing says they are two."""
    base = (
        "touchpoints:\n  - {name: NAME, phase: PHASE, channel: email, frequency: FREQ,\n"
        "     objective: Suggest a better plan before prices change, segments: [smb]}\n"
    )

    def pair(name: str, phase: str = "renewal", freq: str = "yearly") -> list[tuple[str, str]]:
        old = canvas(
            base.replace("NAME", "Plan check").replace("PHASE", "renewal").replace("FREQ", "yearly")
        )
        new = canvas(base.replace("NAME", name).replace("PHASE", phase).replace("FREQ", freq))
        return [(c.kind, c.field or "") for c in compare(old, new).changes]

    assert pair("Plan checks", freq="twice a year") == [
        ("renamed", "name"),
        ("changed", "frequency"),
    ]
    # Another phase, or a name that is not a rewording: two touchpoints.
    assert pair("Plan checks", phase="support") == [("removed", ""), ("added", "")]
    assert pair("Price letter", freq="twice a year") == [("removed", ""), ("added", "")]
    # Numbers tell siblings apart: "Plan check 2" is not "Plan check" renamed.
    assert pair("Plan check 2", freq="twice a year") == [("removed", ""), ("added", "")]


def test_renamed_and_edited_keeps_most_content() -> None:
    old = canvas(
        "loyalty:\n  - {name: Gold club, kind: discount, segments: [smb],\n"
        "     customer_value: Ten percent off every order}\n"
    )
    kept = canvas(
        "loyalty:\n  - {name: Gold clubs, kind: discount, segments: [smb],\n"
        "     customer_value: Ten percent off every single order}\n"
    )
    rewritten = canvas(
        "loyalty:\n  - {name: Gold clubs, kind: discount, segments: [key],\n"
        "     customer_value: Free delivery on weekends}\n"
    )
    assert summary(compare(old, kept).changes) == [
        ("loyalty", "renamed", "Gold clubs", "name"),
        ("loyalty", "changed", "Gold clubs", "customer_value"),
    ]
    assert [c.kind for c in compare(old, rewritten).changes] == ["removed", "added"]


def test_equally_alike_candidates_are_not_paired() -> None:
    """Two removed entries as close to the added one: no guess, both stay removed."""
    entry = "  - {name: NAME, kind: discount, customer_value: Ten percent off}\n"
    old = canvas(
        "loyalty:\n"
        + entry.replace("NAME", "Gold club north")
        + entry.replace("NAME", "Gold club south")
    )
    new = canvas("loyalty:\n" + entry.replace("NAME", "Gold club"))
    assert sorted(c.kind for c in compare(old, new).changes) == ["added", "removed", "removed"]


def test_an_interaction_entry_moves_only_with_its_segment() -> None:
    """A segment replaced by another: its interaction entry is removed and the new one added,
    even with the same content (a rename of the segment's id would carry it)."""
    body = "interaction:\n  - {segment: SEG, types: [self_service], human_contact: low}\n"
    old = canvas(body.replace("SEG", "smb"))
    new_segments = SEGMENTS.replace(
        "{id: smb, name: SMEs, value: medium}", "{id: micro, name: Micro firms}"
    )
    new = canvas(body.replace("SEG", "micro"), new_segments)
    assert ("interaction", "removed", "smb", None) in summary(compare(old, new).changes)
    assert ("interaction", "added", "micro", None) in summary(compare(old, new).changes)
