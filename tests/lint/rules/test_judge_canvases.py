"""The rule set judged from outside, on canvases written for no particular rule.

``fixtures/judge/`` holds realistic canvases in several domains and writing styles.
``sound-*`` ones are what a careful consultant applying the method would write: the
linter must stay silent. ``flawed-*`` ones repeat mistakes the method warns about, each
marked ``# expect: CODE`` on the line where it must be named: the linter must name
exactly those, once each, at those lines, and nothing else. The CLI is run as users run
it (``lint --format json``, default configuration).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relcanvas.cli import app
from relcanvas.lint import engine

JUDGE = Path(__file__).parent / "fixtures" / "judge"
CANVASES = sorted(JUDGE.glob("*.yaml"))
TODAY = dt.date(2026, 12, 1)
"""The day the canvases are judged on, so that their review dates never go stale."""


def _expected(path: Path) -> list[tuple[str, int]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return sorted(
        (code, number)
        for number, line in enumerate(lines, 1)
        for mark in re.findall(r"# expect: ([A-Z0-9 ]+)", line)
        for code in mark.split()
    )


def _lint(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[dict]]:
    """Lint a copy in an empty directory, so no project configuration applies."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(engine, "lint_paths", functools.partial(engine.lint_paths, today=TODAY))
    shutil.copy(path, tmp_path / path.name)
    result = CliRunner().invoke(app, ["lint", "--format", "json", path.name])
    return result.exit_code, json.loads(result.stdout)["findings"]


def test_the_judge_set_is_varied_enough() -> None:
    names = [p.name for p in CANVASES]
    assert sum(n.startswith("sound-") for n in names) >= 4
    assert sum(n.startswith("flawed-") for n in names) >= 4
    assert {n.split(".")[-2] for n in names} == {"fr", "en"}
    for path in CANVASES:
        if path.name.startswith("flawed-"):
            assert 3 <= len(_expected(path)) <= 6, path.name


@pytest.mark.parametrize("path", CANVASES, ids=lambda p: p.stem)
def test_each_mistake_is_named_once_at_its_line_and_sound_canvases_pass(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _expected(path)
    assert path.name.startswith("flawed-") == bool(expected), "mark the mistakes of flawed-*"
    code, findings = _lint(path, tmp_path, monkeypatch)
    found = sorted((f["code"], f["line"]) for f in findings)
    assert found == expected, [f"{f['line']}: {f['code']} {f['message']}" for f in findings]
    assert code == (1 if expected else 0)
