"""The shipped examples are good examples of the method: lint has nothing to say about them.

Today is fixed so that the examples' review dates do not go stale as the calendar moves on.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from relcanvas.lint.config import ConfigFinder
from relcanvas.lint.engine import lint_paths

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.yaml"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_has_no_finding(example: Path) -> None:
    report = lint_paths([str(example)], ConfigFinder(), today=dt.date(2026, 12, 1))
    assert len(report.files) == 1
    assert [(f.code, f.line, f.message) for f in report.findings] == []


def test_there_are_three_examples_or_more() -> None:
    assert len(EXAMPLES) >= 3
