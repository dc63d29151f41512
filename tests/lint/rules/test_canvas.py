"""RC7xx: each rule fires at the right line on a canvas that shows the mistake, not otherwise."""

from __future__ import annotations

import datetime as dt

from conftest import lint_one, where

TOP = "relcanvas: 1\ntitle: Bike repair shop\n"
SEGMENT = "segments:\n  - {id: commuters, name: Commuters, value: high}\n"


def test_empty_block_points_at_the_key_or_the_top_of_the_file() -> None:
    text = TOP + SEGMENT + "touchpoints: []\nloyalty:\n"
    found = lint_one("RC701", text)
    assert [(line, col) for line, col, _ in found] == [
        (1, 1),  # interaction: absent
        (5, 1),  # touchpoints: []
        (1, 1),  # tools
        (6, 1),  # loyalty: (null)
        (1, 1),  # involvement
        (1, 1),  # evolution
    ]
    assert "'Touchpoints' is empty" in found[1][2] and "missing" in found[0][2]


def test_empty_interaction_without_segments_is_left_to_no_segments() -> None:
    assert all("Interaction" not in m for _, _, m in lint_one("RC701", TOP))
    assert where("RC702", TOP) == [(1, 1)]
    assert where("RC702", TOP + "segments: []\n") == [(3, 1)]
    assert where("RC702", TOP + SEGMENT) == []


def test_indicator_rules_are_exclusive() -> None:
    none = TOP
    ops = TOP + "indicators:\n  - {name: Churn, kind: churn, frequency: monthly}\n"
    feel = TOP + "indicators:\n  - {name: NPS, kind: nps, frequency: monthly}\n"
    mixed = feel + "  - {name: Churn, kind: churn, frequency: monthly}\n"
    table = {
        code: [bool(where(code, t)) for t in (none, ops, feel, mixed)]
        for code in ("RC703", "RC704", "RC705")
    }
    assert table == {
        "RC703": [True, False, False, False],
        "RC704": [False, True, False, False],
        "RC705": [False, False, True, False],
    }
    assert where("RC704", ops) == [(3, 1)]


def test_indicator_without_frequency_points_at_the_indicator() -> None:
    text = (
        TOP
        + "indicators:\n"
        + "  - {name: NPS, kind: nps, frequency: yearly}\n"
        + "  - {name: Churn, kind: churn}\n"
    )
    assert where("RC706", text) == [(5, 5)]


def test_single_profile_counts_distinct_roles() -> None:
    alone = TOP + "authors:\n  - {name: Ana, role: sales}\n  - {name: Bo, role: sales}\n"
    assert where("RC707", alone) == [(3, 1)]
    assert where("RC707", TOP) == [(1, 1)]
    pair = alone.replace("Bo, role: sales", "Bo, role: product")
    assert where("RC707", pair) == []
    assert where("RC707", pair, min_profiles=3) == [(3, 1)]


def test_stale_canvas_uses_today_and_the_threshold() -> None:
    text = TOP + "updated: 2025-05-31\n"
    assert where("RC708", text, today=dt.date(2026, 5, 31)) == []
    assert where("RC708", text, today=dt.date(2026, 6, 1)) == [(3, 10)]
    assert where("RC708", text, today=dt.date(2026, 6, 1), max_age_months=13) == []
    assert where("RC708", TOP) == [(1, 1)]
