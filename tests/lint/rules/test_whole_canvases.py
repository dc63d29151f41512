"""The rule families together: quiet on a sound canvas, each mistake named once elsewhere.

``fixtures/mistakes.yaml`` marks every line that should carry a finding with
``# expect: CODE``; the test reads those marks, so the fixture is its own answer key.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import lint_one
from relcanvas.lint.rule import REGISTRY

FIXTURES = Path(__file__).parent / "fixtures"
FAMILIES = ("interaction", "touchpoints", "tools", "loyalty", "involvement", "evolution", "canvas")
MINE = sorted(code for code in REGISTRY if re.fullmatch(r"RC[1-7][0-9][0-9]", code))


def _findings(name: str) -> list[tuple[str, int]]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return [(code, line) for code in MINE for line, _, _ in lint_one(code, text)]


def test_the_families_declare_at_least_25_rules_with_their_own_block() -> None:
    assert len(MINE) >= 25
    for code in MINE:
        assert REGISTRY[code].block == FAMILIES[int(code[2]) - 1], code
        assert REGISTRY[code].check is not None, code


def test_a_sound_canvas_passes_quietly() -> None:
    assert _findings("sound.yaml") == []


def test_each_mistake_is_named_once_at_its_line() -> None:
    lines = (FIXTURES / "mistakes.yaml").read_text(encoding="utf-8").splitlines()
    expected = sorted(
        (code, number)
        for number, line in enumerate(lines, 1)
        for mark in re.findall(r"# expect: ([A-Z0-9 ]+)", line)
        for code in mark.split()
    )
    found = sorted(_findings("mistakes.yaml"))
    assert found == expected
    assert max(Counter(code for code, _ in found).values()) == 1
    assert len(expected) >= 25


@pytest.mark.parametrize("code", MINE)
def test_a_rule_is_quiet_on_its_good_example_and_fires_on_its_bad_one(code: str) -> None:
    rule = REGISTRY[code]
    assert lint_one(code, rule.bad)
    assert lint_one(code, rule.good) == []
