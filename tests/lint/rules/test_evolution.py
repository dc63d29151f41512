"""RC6xx: each rule fires at the right line on a canvas that shows the mistake, not otherwise."""

from __future__ import annotations

from conftest import lint_one, where

HEAD = "relcanvas: 1\ntitle: Language school\nevolution:\n"  # line 4 is the first stage


def stage(phase: str, risk: bool = True, signal: bool = True, duration: bool = True) -> str:
    text = f"  - phase: {phase}\n    objectives: [Progress]\n    actions: [Level check]\n"
    text += "    duration: 3 months\n" if duration else ""
    text += "    next_signals: [Books again]\n" if signal else ""
    return text + ("    risk_signals: [Misses lessons]\n" if risk else "")


SOUND = HEAD + "".join(
    stage(p) for p in ("acquisition", "onboarding", "growth", "maturity", "reengagement")
)


def test_a_full_life_cycle_passes_every_evolution_rule() -> None:
    exit_stage = "  - phase: exit\n    objectives: [Learn why]\n    actions: [Exit survey]\n"
    for code in ("RC601", "RC602", "RC603", "RC604", "RC605"):
        assert where(code, SOUND + exit_stage) == [], code


def test_evolution_stage_incomplete_names_what_is_missing() -> None:
    text = HEAD + stage("acquisition") + stage("growth", risk=False, signal=False, duration=False)
    found = lint_one("RC601", text)
    assert [(line, col) for line, col, _ in found] == [(10, 5)]
    assert found[0][2].endswith("duration and signals")
    assert where("RC601", HEAD + stage("maturity", duration=False)) == []


def test_single_stage_stands_for_the_narrower_findings() -> None:
    text = HEAD + stage("acquisition")
    assert where("RC602", text) == [(3, 1)]
    assert where("RC603", text) == where("RC605", text) == []


def test_no_growth_stage_stands_for_no_reengagement() -> None:
    text = HEAD + stage("acquisition") + stage("onboarding")
    assert where("RC603", text) == [(3, 1)]
    assert where("RC605", text) == []


def test_no_risk_signals_points_at_the_block() -> None:
    text = HEAD + stage("onboarding", risk=False) + stage("growth", risk=False)
    assert where("RC604", text) == [(3, 1)]
    # A stage with no signal at all is RC601's.
    bare = HEAD + stage("onboarding", risk=False, signal=False) + stage("growth", risk=False)
    assert where("RC604", bare) == []


def test_no_reengagement_points_at_the_block() -> None:
    text = HEAD + stage("onboarding") + stage("growth")
    assert where("RC605", text) == [(3, 1)]
