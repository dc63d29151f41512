"""RC2xx: each rule fires at the right line on a canvas that shows the mistake, not otherwise."""

from __future__ import annotations

from conftest import lint_one, where

HEAD = "relcanvas: 1\ntitle: Coworking space\ntouchpoints:\n"
# Line 4 is the first touchpoint; each one written with tp() takes one line per field.


def tp(
    name: str, phase: str, channel: str = "in_person", frequency: str = "once", **more: object
) -> str:
    fields = {"phase": phase, "channel": channel, "frequency": frequency, "objective": "Help"}
    fields.update({k: str(v).lower() if isinstance(v, bool) else v for k, v in more.items()})
    return f"  - name: {name}\n" + "".join(f"    {k}: {v}\n" for k, v in fields.items())


FULL_JOURNEY = HEAD + "".join(
    (
        tp("Open day", "pre_sale", "event", "monthly", proactive=True),
        tp("Signing", "sale"),
        tp("Badge handover", "delivery"),
        tp("Welcome tour", "onboarding", moment_of_truth=True, proactive=True),
        tp("Front desk", "support", "phone", "on_demand", response_time="2h"),
        tp("Renewal review", "renewal", "video", "yearly", proactive=True, moment_of_truth=True),
    )
)


def test_the_full_journey_passes_every_touchpoint_rule() -> None:
    for code in [f"RC2{n:02}" for n in range(1, 11)]:
        assert where(code, FULL_JOURNEY) == [], code


def test_touchpoint_missing_fields_names_them_at_the_entry() -> None:
    text = HEAD + tp("Open day", "pre_sale") + "  - name: Welcome tour\n    phase: onboarding\n"
    found = lint_one("RC201", text)
    assert [(line, col) for line, col, _ in found] == [(9, 5)]
    assert found[0][2].endswith("channel, frequency and objective")


def test_no_after_sale_touchpoint_points_at_the_block() -> None:
    text = HEAD + tp("Open day", "pre_sale", proactive=True) + tp("Signing", "sale")
    assert where("RC202", text) == [(3, 1)]


def test_journey_gaps_are_one_finding_and_leave_after_sale_to_rc202() -> None:
    gap = HEAD + tp("Open day", "pre_sale") + tp("Front desk", "support")
    found = lint_one("RC203", gap)
    assert [(line, col) for line, col, _ in found] == [(3, 1)]
    assert found[0][2].endswith("phases sale, delivery, onboarding and renewal")
    before_only = HEAD + tp("Open day", "pre_sale") + tp("Signing", "sale")
    assert where("RC203", before_only) == []
    unplaced = HEAD + "  - name: Somewhere\n"
    assert where("RC202", unplaced) == where("RC203", unplaced) == []


def test_no_moment_of_truth_points_at_the_block() -> None:
    assert where("RC204", HEAD + tp("Welcome tour", "onboarding")) == [(3, 1)]


def test_onboarding_not_moment_of_truth_points_at_the_flag_or_the_entry() -> None:
    text = HEAD + tp("Signing", "sale", moment_of_truth=True) + tp("Welcome", "onboarding")
    assert where("RC205", text) == [(10, 5)]
    flagged = (
        HEAD
        + tp("Signing", "sale", moment_of_truth=True)
        + tp("Welcome", "onboarding", moment_of_truth=False)
    )
    assert where("RC205", flagged) == [(15, 22)]
    # With no moment of truth at all, RC204 speaks instead.
    assert where("RC205", HEAD + tp("Welcome", "onboarding")) == []


def test_renewal_not_proactive_points_at_the_renewal_touchpoint() -> None:
    text = HEAD + tp("Open day", "pre_sale", proactive=True) + tp("Renewal desk", "renewal")
    assert where("RC206", text) == [(10, 5)]
    # With nothing proactive at all, RC207 speaks instead.
    reactive = HEAD + tp("Renewal desk", "renewal")
    assert where("RC206", reactive) == []
    assert where("RC207", reactive) == [(3, 1)]


def test_too_many_channels_points_at_the_first_channel_over_the_limit() -> None:
    channels = ("phone", "web", "email", "chat", "sms", "social", "mobile_app", "mail", "video")
    text = HEAD + "".join(tp(f"Contact {c}", "support", c) for c in channels)
    # web and mobile_app are self-service: the seventh team channel is video, the ninth entry.
    assert where("RC208", text) == [(4 + 8 * 5 + 2, 14)]
    assert where("RC208", text, max_channels=7) == []


def test_no_response_time_once_per_channel_where_customers_come_to_us() -> None:
    text = (
        HEAD
        + tp("Newsletter", "support", "email", "monthly", proactive=True)
        + tp("Hotline", "support", "phone", "on_demand")
        + tp("Callback", "support", "phone", "on_demand")
    )
    found = lint_one("RC209", text)
    assert [(line, col) for line, col, _ in found] == [(12, 14)]
    assert "Phone" in found[0][2] and "Hotline" in found[0][2]
    contracted = text.replace(
        "objective: Help\n  - name: Callback",
        "objective: Help\n    response_time: 4h\n  - name: Callback",
    )
    assert where("RC209", contracted) == []


def test_over_soliciting_adds_up_ongoing_proactive_contacts() -> None:
    def canvas(invites: str) -> str:
        return (
            "relcanvas: 1\ntitle: Coworking space\n"
            "segments:\n  - {id: members, name: Members}\n  - {id: guests, name: Guests}\n"
            "touchpoints:\n"
            + tp("Weekly digest", "support", "email", "weekly", proactive=True)
            + tp("Event invite", "support", "sms", invites, proactive=True, segments="[members]")
            + tp("Welcome drip", "onboarding", "email", "daily", proactive=True)
        )

    found = lint_one("RC210", canvas("weekly"))
    assert [(line, col) for line, col, _ in found] == [(10, 16)]
    assert "'Members'" in found[0][2] and "Guests" not in found[0][2]
    assert where("RC210", canvas("weekly"), max_contacts_per_year=110) == []
    # A weekly letter with a monthly update besides is following, not flooding.
    assert where("RC210", canvas("monthly")) == []


def test_delivery_and_onboarding_count_as_one_step_of_the_journey() -> None:
    no_delivery = FULL_JOURNEY.replace("phase: delivery", "phase: onboarding")
    assert where("RC203", no_delivery) == []
    no_onboarding = FULL_JOURNEY.replace("phase: onboarding", "phase: delivery")
    assert where("RC203", no_onboarding) == []
    neither = no_delivery.replace("phase: onboarding", "phase: support")
    assert lint_one("RC203", neither)[0][2].endswith("phases delivery and onboarding")


def test_over_soliciting_counts_prospects_apart_and_skips_broadcast_channels() -> None:
    text = (
        HEAD
        + tp("Daily deals", "pre_sale", "email", "daily", proactive=True)
        + tp("Weekly digest", "support", "email", "weekly", proactive=True)
    )
    found = lint_one("RC210", text)
    assert [(line, col) for line, col, _ in found] == [(7, 16)]
    assert "365" in found[0][2] and "before the sale" in found[0][2]
    # Prospects and customers are different moments of one person: 52 + 12 is not added.
    apart = text.replace("daily", "monthly")
    assert where("RC210", apart) == []
    # A daily post on social media interrupts nobody.
    assert where("RC210", text.replace("channel: email", "channel: social", 1)) == []
