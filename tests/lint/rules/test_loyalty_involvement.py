"""RC4xx and RC5xx: each rule fires at the right line on a canvas that shows it, not otherwise."""

from __future__ import annotations

from conftest import where

SEGMENTS = """\
relcanvas: 1
title: Wine merchant
segments:
  - {id: collectors, name: Collectors, value: high}
  - {id: walk-ins, name: Walk-in buyers, value: low}
"""
LOYALTY = SEGMENTS + "loyalty:\n"  # line 7 is the first mechanism
CLUB = "  - {name: Cellar club, kind: premium_service, customer_value: Rare vintages}\n"
CARD = (
    "  - {name: Stamp card, kind: discount, segments: [walk-ins], customer_value: A free bottle}\n"
)


def test_loyalty_without_customer_value_points_at_the_mechanism() -> None:
    assert where("RC401", LOYALTY + CLUB + "  - {name: Points, kind: loyalty_program}\n") == [
        (8, 5)
    ]
    assert where("RC401", LOYALTY + CLUB) == []


def test_high_value_without_loyalty_points_at_the_segment() -> None:
    assert where("RC402", LOYALTY + CARD) == [(4, 5)]
    assert where("RC402", LOYALTY + CARD + CLUB) == []
    # An empty block is empty-block's to report.
    assert where("RC402", SEGMENTS + "loyalty: []\n") == []


def test_discount_only_loyalty_points_at_the_block() -> None:
    assert where("RC403", LOYALTY + CARD) == [(6, 1)]
    assert where("RC403", LOYALTY + CARD + CLUB) == []


INVOLVEMENT = "relcanvas: 1\ntitle: Board game café\ninvolvement:\n"  # line 4 is the first


def test_involvement_without_mechanism_points_at_the_entry() -> None:
    text = INVOLVEMENT + "  - {level: feedback, mechanism: Table cards}\n  - level: ideas\n"
    assert where("RC501", text) == [(5, 5)]
    assert where("RC501", INVOLVEMENT + "  - {level: feedback, mechanism: Table cards}\n") == []


def test_no_feedback_and_feedback_only_never_both_fire() -> None:
    referral = INVOLVEMENT + "  - {level: recommendation, mechanism: Bring a friend}\n"
    feedback = INVOLVEMENT + "  - {level: feedback, mechanism: Table cards}\n"
    both = feedback + "  - {level: co_creation, mechanism: Test new games}\n"
    assert (where("RC502", referral), where("RC503", referral)) == ([(3, 1)], [])
    assert (where("RC502", feedback), where("RC503", feedback)) == ([], [(3, 1)])
    assert (where("RC502", both), where("RC503", both)) == ([], [])
