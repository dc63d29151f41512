"""RC1xx: each rule fires at the right line on a canvas that shows the mistake, not otherwise."""

from __future__ import annotations

from conftest import lint_one, where

HEAD = """\
relcanvas: 1
title: Payroll software
segments:
  - {id: big, name: Key accounts, value: high, willingness_to_pay: high}
  - {id: small, name: Small firms, value: low, willingness_to_pay: low}
interaction:
"""
# Line 7 is the first interaction entry; each entry below takes 5 lines.


def entry(segment: str, human: str, personal: str, auto: str, types: str = "x") -> str:
    kinds = "personal_assistance" if types == "x" else types
    return (
        f"  - segment: {segment}\n    types: [{kinds}]\n"
        f"    human_contact: {human}\n    personalization: {personal}\n"
        f"    automation: {auto}\n"
    )


SOUND = HEAD + entry("big", "high", "high", "low") + entry("small", "low", "medium", "high")


def test_segment_without_interaction_points_at_the_segment() -> None:
    text = HEAD + entry("big", "high", "high", "low")
    assert where("RC101", text) == [(5, 5)]
    assert "Small firms" in lint_one("RC101", text)[0][2]
    assert where("RC101", SOUND) == []


def test_segment_without_interaction_leaves_an_empty_block_to_empty_block() -> None:
    assert where("RC101", HEAD.replace("interaction:\n", "interaction: []\n")) == []


def test_interaction_without_levels_points_at_the_entry() -> None:
    text = (
        HEAD + "  - segment: big\n    human_contact: high\n" + entry("small", "low", "low", "high")
    )
    found = lint_one("RC102", text)
    assert [(line, col) for line, col, _ in found] == [(7, 5)]
    assert "personalisation and automation" in found[0][2]
    assert where("RC102", SOUND) == []


def test_one_size_for_all_points_at_the_block() -> None:
    text = (
        HEAD
        + entry("big", "medium", "medium", "medium")
        + entry("small", "medium", "medium", "medium")
    )
    assert where("RC103", text) == [(6, 1)]
    assert where("RC103", SOUND) == []


def test_one_size_for_all_accepts_alike_segments() -> None:
    text = (
        HEAD + entry("big", "low", "low", "high") + entry("small", "low", "low", "high")
    ).replace("value: high, willingness_to_pay: high", "value: low, willingness_to_pay: low")
    assert where("RC103", text) == []


def test_value_not_differentiated_points_at_the_high_value_entry() -> None:
    text = (
        HEAD
        + entry("big", "medium", "medium", "medium")
        + entry("small", "medium", "medium", "high")
    )
    assert where("RC104", text) == [(7, 5)]
    assert where("RC104", SOUND) == []


def test_value_not_differentiated_stands_down_for_the_narrower_findings() -> None:
    same = (
        HEAD
        + entry("big", "medium", "medium", "medium")
        + entry("small", "medium", "medium", "medium")
    )
    assert where("RC103", same) and where("RC104", same) == []
    over_served = HEAD + entry("big", "high", "high", "low") + entry("small", "high", "high", "low")
    assert where("RC105", over_served) and where("RC104", over_served) == []
    automated = HEAD + entry("big", "low", "low", "high") + entry("small", "low", "low", "high")
    assert where("RC106", automated) and where("RC104", automated) == []


def test_high_touch_low_value_points_at_the_level_or_the_type() -> None:
    text = HEAD + entry("big", "high", "high", "low") + entry("small", "high", "medium", "low")
    assert where("RC105", text) == [(14, 20)]
    dedicated = (
        HEAD
        + entry("big", "high", "high", "low")
        + entry("small", "medium", "medium", "low", "self_service, dedicated_personal_assistance")
    )
    assert where("RC105", dedicated) == [(13, 27)]
    assert where("RC105", SOUND) == []


def test_over_automation_points_at_the_automation_level() -> None:
    text = HEAD + entry("big", "low", "medium", "high") + entry("small", "low", "low", "high")
    assert where("RC106", text) == [(11, 17)]
    assert where("RC106", SOUND) == []


def test_segment_without_value_needs_several_segments() -> None:
    text = HEAD.replace("value: low, willingness_to_pay: low", "willingness_to_pay: low")
    assert where("RC107", text) == [(5, 5)]
    assert where("RC107", SOUND) == []
    single = "relcanvas: 1\ntitle: T\nsegments:\n  - {id: a, name: All customers}\n"
    assert where("RC107", single) == []
