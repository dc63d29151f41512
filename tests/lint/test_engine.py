"""The engine: positions, loader problems as findings, config, options, order, crashes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from engine_helpers import CANVAS, crashing_rule, throwaway_rules

from relcanvas.lint.config import Config, ConfigFinder, validate
from relcanvas.lint.engine import LintReport, lint_loaded, lint_paths
from relcanvas.lint.rule import Severity
from relcanvas.loader import load_bytes

TODAY = dt.date(2026, 6, 1)


@pytest.fixture(autouse=True)
def _rules() -> Iterator[None]:
    with throwaway_rules():
        yield


def only_test_rules(config: Config | None = None) -> Config:
    return (config or Config()).with_cli(select=["RC9", "RC017", "RC018"])


def lint_text(text: str, config: Config | None = None) -> list[tuple[int, int, str]]:
    report = lint_loaded(load_bytes(text.encode(), "c.yaml"), only_test_rules(config), TODAY)
    return [(f.line, f.column, f.code) for f in report.findings]


def test_findings_point_at_values_keys_and_top_of_file_in_order() -> None:
    report = lint_loaded(load_bytes(CANVAS.encode(), "c.yaml"), only_test_rules(), TODAY)
    assert [(f.line, f.column, f.code, f.severity, f.block, f.slug) for f in report.findings] == [
        (1, 1, "RC903", Severity.INFO, "canvas", "test-whole-file"),
        (5, 1, "RC902", Severity.ERROR, "touchpoints", "test-block-key"),
        (8, 14, "RC901", Severity.WARNING, "touchpoints", "test-per-touchpoint"),
        (10, 14, "RC901", Severity.WARNING, "touchpoints", "test-per-touchpoint"),
    ]
    assert report.findings[2].text() == "touchpoint 'Phone'"
    assert report.valid


def test_invalid_canvas_yields_loader_problems_and_no_rule_runs() -> None:
    text = CANVAS.replace("title:", "titel:").replace("phase: support", "phase: later")
    report = lint_loaded(load_bytes(text.encode(), "c.yaml"), only_test_rules(), TODAY)
    assert not report.valid
    assert [(f.line, f.code, f.severity) for f in report.findings] == [
        (1, "RC013", Severity.ERROR),
        (2, "RC011", Severity.ERROR),
        (7, "RC012", Severity.ERROR),
    ]
    assert report.findings[1].slug == "unknown-key"
    assert report.findings[1].block == "file"


def test_loader_problems_ignore_select_and_severity_config() -> None:
    config = validate({"select": ["RC901"], "severity": {"RC011": "info"}}, "cfg", Path.cwd())
    report = lint_loaded(load_bytes(b"relcanvas: 1\ntitel: x\n", "c.yaml"), config, TODAY)
    assert {(f.code, f.severity) for f in report.findings} == {
        ("RC011", Severity.ERROR),
        ("RC013", Severity.ERROR),
    }


def test_select_ignore_and_severity_from_config() -> None:
    config = validate(
        {"select": ["RC9xx"], "ignore": ["test-block-key"], "severity": {"RC901": "error"}},
        "cfg",
        Path.cwd(),
    )
    report = lint_loaded(load_bytes(CANVAS.encode(), "c.yaml"), config, TODAY)
    assert [(f.code, f.severity) for f in report.findings] == [
        ("RC903", Severity.INFO),
        ("RC901", Severity.ERROR),
        ("RC901", Severity.ERROR),
    ]


def test_rules_run_with_their_configured_options() -> None:
    assert len(lint_text(CANVAS)) == 4
    config = validate({"options": {"test-per-touchpoint": {"min-length": 6}}}, "c", Path.cwd())
    found = lint_text(CANVAS, config)
    assert [f for f in found if f[2] == "RC901"] == [(10, 14, "RC901")]


def test_per_file_ignores_match_paths_relative_to_the_config(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.relcanvas]\nselect = ["RC9"]\n'
        '[tool.relcanvas.per-file-ignores]\n"drafts/*.yaml" = ["RC901"]\n"*.yml" = ["RC903"]\n'
    )
    for name in ("drafts/a.yaml", "final/b.yaml", "final/c.yml"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(CANVAS)
    report = lint_paths([str(tmp_path)], ConfigFinder(), today=TODAY)
    codes = {
        Path(r.path).relative_to(tmp_path).as_posix(): {f.code for f in r.findings}
        for r in report.files
    }
    assert codes == {
        "drafts/a.yaml": {"RC902", "RC903"},
        "final/b.yaml": {"RC901", "RC902", "RC903"},
        "final/c.yml": {"RC901", "RC902"},
    }


def test_files_come_in_sorted_order_and_findings_are_deterministic(tmp_path: Path) -> None:
    for name in ("b.yaml", "a.yaml", "sub/c.yaml"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(CANVAS)
    finder = ConfigFinder(select=["RC9"])
    first = lint_paths([str(tmp_path)], finder, today=TODAY)
    again = lint_paths([str(tmp_path)], ConfigFinder(select=["RC9"]), today=TODAY)
    assert [Path(f.path).name for f in first.files] == ["a.yaml", "b.yaml", "c.yaml"]
    assert first == again


def test_a_crashing_rule_is_one_finding_and_the_others_still_run() -> None:
    with crashing_rule():
        report = lint_loaded(load_bytes(CANVAS.encode(), "c.yaml"), Config(), TODAY)
    crashed = [f for f in report.findings if f.code == "RC904"]
    assert len(crashed) == 1
    assert crashed[0].severity is Severity.ERROR
    assert (crashed[0].line, crashed[0].column) == (1, 1)
    assert "internal error: rule test-crash failed (RuntimeError: boom)" in crashed[0].text()
    assert {f.code for f in report.findings} - {"RC904"}, "the other rules ran too"


def test_fail_threshold_compares_severities() -> None:
    config = Config().with_cli(select=["RC903"])
    report = LintReport((lint_loaded(load_bytes(CANVAS.encode(), "c.yaml"), config, TODAY),))
    assert report.fails(Severity.INFO)
    assert not report.fails(Severity.WARNING)
