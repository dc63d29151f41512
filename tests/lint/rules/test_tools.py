"""RC3xx: each rule fires at the right line on a canvas that shows the mistake, not otherwise."""

from __future__ import annotations

from conftest import lint_one, where

HEAD = """\
relcanvas: 1
title: Solar panel installer
touchpoints:
  - {name: Roof survey, phase: pre_sale, channel: in_person}
  - {name: Signature, phase: sale, channel: web}
  - {name: Hotline, phase: support, channel: phone}
tools:
"""
# Line 8 is the first tool.

CRM = "  - {name: CRM, kind: crm, shared_history: true, touchpoints: [roof-survey, hotline]}\n"


def test_tool_without_touchpoints_points_at_the_tool() -> None:
    text = HEAD + CRM + "  - {name: Newsletter tool, kind: email}\n"
    assert where("RC301", text) == [(9, 5)]
    assert where("RC301", HEAD + CRM) == []


def test_broken_shared_history_points_at_the_flag() -> None:
    text = (
        HEAD
        + CRM
        + "  - name: Phone line\n    touchpoints: [signature]\n    shared_history: false\n"
    )
    found = lint_one("RC302", text)
    assert [(line, col) for line, col, _ in found] == [(11, 21)]
    assert "Phone line" in found[0][2]


def test_a_tool_outside_the_history_is_fine_when_a_sharing_tool_records_the_same_touchpoints() -> (
    None
):
    text = (
        HEAD + CRM + "  - {name: Video room, touchpoints: [roof-survey], shared_history: false}\n"
    )
    assert where("RC302", text) == []


def test_several_tools_none_sharing_is_one_finding_at_the_block() -> None:
    text = (
        HEAD
        + "  - {name: Agenda, touchpoints: [roof-survey]}\n"
        + ("  - {name: Phone line, touchpoints: [hotline], shared_history: false}\n")
    )
    assert where("RC302", text) == [(7, 1)]


def test_pre_sale_promises_hidden_points_at_the_touchpoint() -> None:
    text = HEAD + "  - {name: Ticket desk, shared_history: true, touchpoints: [hotline]}\n"
    found = lint_one("RC303", text)
    # The web signature is not a conversation; the roof survey is.
    assert [(line, col) for line, col, _ in found] == [(4, 5)]
    assert "Roof survey" in found[0][2]
    assert where("RC303", HEAD + CRM) == []


def test_pre_sale_promises_hidden_stands_down_without_support_or_shared_record() -> None:
    no_support = HEAD.replace("phase: support", "phase: onboarding") + (
        "  - {name: Ticket desk, shared_history: true, touchpoints: [hotline]}\n"
    )
    assert where("RC303", no_support) == []
    no_record = HEAD + "  - {name: Ticket desk, touchpoints: [hotline]}\n"
    assert where("RC303", no_record) == []
    explicit = (
        HEAD
        + "  - {name: Ticket desk, shared_history: true, touchpoints: [hotline]}\n"
        + ("  - {name: Quote sheet, shared_history: false, touchpoints: [roof-survey]}\n")
    )
    assert where("RC303", explicit) == []
    assert where("RC302", explicit) == [(9, 41)]


def test_pre_sale_promises_hidden_leaves_anonymous_segments_alone() -> None:
    """A counter sale to walk-in shoppers (low personalisation) promises nobody anything."""
    segments = (
        "segments:\n  - {id: shop, name: Walk-in shoppers}\n"
        "  - {id: chefs, name: Restaurants}\n"
        "interaction:\n"
        "  - {segment: shop, human_contact: medium, personalization: low, automation: low}\n"
        "  - {segment: chefs, human_contact: high, personalization: high, automation: low}\n"
    )
    text = HEAD.replace("touchpoints:\n", segments + "touchpoints:\n", 1).replace(
        "channel: in_person}", "channel: in_person, segments: [shop]}"
    ) + ("  - {name: Ticket desk, shared_history: true, touchpoints: [hotline]}\n")
    assert where("RC303", text) == []
    for_chefs = text.replace("segments: [shop]}", "segments: [shop, chefs]}")
    assert where("RC303", for_chefs) == [(10, 5)]
