"""The rules' documentation: complete for every rule, examples that do what they claim,
and ``docs/rules.md`` in step with the registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from relcanvas.lint.config import Config
from relcanvas.lint.docs import render
from relcanvas.lint.engine import FileReport, lint_loaded, rules
from relcanvas.lint.rule import EXAMPLE_TODAY, Rule
from relcanvas.loader import Limits, load_bytes

ROOT = Path(__file__).resolve().parents[2]
RULES = rules()


def lint_example(rule: Rule, text: str) -> FileReport:
    """The one way every example is linted: as a whole file, per the Rule docstring."""
    data = text.encode("utf-8", "surrogateescape")
    loaded = load_bytes(data, f"{rule.code}.yaml", rule.example_limits or Limits())
    return lint_loaded(loaded, Config(), EXAMPLE_TODAY)


def test_docs_rules_md_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == render(), "docs/rules.md is stale: run `make docs`"


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_rule_is_documented(rule: Rule) -> None:
    for section in ("summary", "rationale", "bad", "good", "source"):
        assert getattr(rule, section).strip(), f"{rule.code} has an empty {section}"
    assert rule.bad != rule.good
    for option in rule.options:
        assert option.description.strip(), f"{rule.code} option {option.name} undocumented"


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_bad_example_triggers_the_rule_and_good_one_does_not(rule: Rule) -> None:
    bad = lint_example(rule, rule.bad)
    assert rule.code in {f.code for f in bad.findings}, f"{rule.code}: bad example is silent"
    if rule.check is not None:
        assert bad.valid, f"{rule.code}: bad example does not validate: {bad.findings}"
    good = lint_example(rule, rule.good)
    assert good.valid, f"{rule.code}: good example does not validate: {good.findings}"
    assert rule.code not in {f.code for f in good.findings}, f"{rule.code}: good example fires"
