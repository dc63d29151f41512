"""The rules' documentation: complete for every rule, examples that do what they claim,
and ``docs/rules.md`` in step with the registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from relcanvas.lint.config import Config
from relcanvas.lint.docs import OUTPUTS, render
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


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_rule_references_are_up_to_date(lang: str) -> None:
    path = OUTPUTS[lang]  # type: ignore[index]
    committed = (ROOT / path).read_text(encoding="utf-8")
    assert committed == render(lang), f"{path} is stale: run `make docs`"


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_declared_english_is_the_catalogue_english(rule: Rule) -> None:
    """A rule's English summary and rationale are declared with it and read from the
    catalogue: the two must say the same (the notes are the rationale's last sentences)."""
    assert rule.doc("summary", "en") == rule.summary.rstrip(".")
    told = " ".join(p for p in (rule.doc("why", "en"), rule.doc("notes", "en")) if p)
    assert told == rule.rationale


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_rule_is_documented_in_french(rule: Rule) -> None:
    from relcanvas.i18n import has

    for part in ("summary", "why", "fix"):
        assert has(f"{rule.code.lower()}.{part}"), f"{rule.code} has no {part}"
        assert rule.doc(part, "fr") != rule.doc(part, "en"), f"{rule.code} {part} not translated"
    for option in rule.options:
        assert has(f"{rule.code.lower()}.option.{option.name}")


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
