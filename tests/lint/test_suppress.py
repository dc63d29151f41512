"""Inline suppressions: where a comment applies, file-wide ones, unused and unreadable ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from engine_helpers import CANVAS, throwaway_rules

from relcanvas.lint.config import Config
from relcanvas.lint.engine import lint_loaded
from relcanvas.lint.suppress import scan
from relcanvas.loader import load_bytes


@pytest.fixture(autouse=True)
def _rules() -> Iterator[None]:
    with throwaway_rules():
        yield


def lint(text: str, select: tuple[str, ...] = ("RC901", "RC017", "RC018")) -> list[str]:
    config = Config().with_cli(select=select)
    report = lint_loaded(load_bytes(text.encode(), "c.yaml"), config, dt.date(2026, 6, 1))
    return [f"{f.line}:{f.column} {f.code}" for f in report.findings]


def edit(line: int, new: str, *, insert: bool = False) -> str:
    """CANVAS with line ``line`` (1-based) replaced by, or preceded with, ``new``."""
    lines = CANVAS.split("\n")
    if insert:
        lines.insert(line - 1, new)
    else:
        lines[line - 1] = new
    return "\n".join(lines)


def test_without_suppression_both_channels_are_found() -> None:
    assert lint(CANVAS) == ["8:14 RC901", "10:14 RC901"]


@pytest.mark.parametrize(
    "text",
    [
        edit(8, "    channel: phone  # relcanvas: ignore[RC901]"),
        edit(8, "    # relcanvas: ignore[RC901]", insert=True),
        edit(6, "  - name: Phone  # relcanvas: ignore[test-per-touchpoint]"),
        edit(6, "  # relcanvas: ignore[RC9xx]", insert=True),
        edit(6, "  # relcanvas: ignore[RC901]\n  # another comment", insert=True),
        edit(8, "    channel: phone  #relcanvas:ignore[ RC902 ,RC901 ]"),
    ],
    ids=["end-of-line", "line-above", "entry-first-line", "above-entry", "stacked", "spacing"],
)
def test_a_suppression_covers_its_line_or_its_entry(text: str) -> None:
    email_line = text.split("\n").index("    channel: email") + 1
    assert [f for f in lint(text) if f.endswith("RC901")] == [f"{email_line}:14 RC901"]
    assert not [f for f in lint(text) if f.endswith(("RC017", "RC018"))]


def test_a_blank_line_ends_the_search_for_the_target() -> None:
    text = edit(6, "  # relcanvas: ignore[RC901]\n", insert=True)
    assert lint(text) == ["6:3 RC017", "10:14 RC901", "12:14 RC901"]


def test_a_suppression_on_one_entry_does_not_cover_the_next() -> None:
    text = edit(7, "    phase: support  # relcanvas: ignore[RC901]")
    assert lint(text) == ["7:21 RC017", "8:14 RC901", "10:14 RC901"]


def test_ignore_file_covers_every_finding_of_the_rules_named() -> None:
    text = "# relcanvas: ignore-file[RC9]\n" + CANVAS
    assert lint(text) == []


def test_unused_suppression_is_reported_at_the_comment() -> None:
    text = "# relcanvas: ignore-file[RC901, test-block-key]\n" + CANVAS
    assert lint(text, ("RC901", "RC902", "RC017")) == []
    text = "# relcanvas: ignore-file[RC901, test-whole-file]\n" + CANVAS
    assert lint(text, ("RC901", "RC017")) == []  # RC903 is not enabled: not reported
    assert lint(text, ("RC901", "RC903", "RC017")) == []
    text = edit(2, "title: Atelier Nord  # relcanvas: ignore[RC901]")
    assert lint(text) == ["2:22 RC017", "8:14 RC901", "10:14 RC901"]


def test_hash_inside_quoted_and_block_scalars_is_not_a_comment() -> None:
    text = CANVAS + (
        "    objective: 'see # relcanvas: ignore[RC901]'\n"
        'x-notes: "a # relcanvas: ignore-file[RC901]"\n'
        "x-more: |\n"
        "  # relcanvas: ignore-file[RC901]\n"
        "  text#relcanvas: ignore-file[RC901]\n"
    )
    assert lint(text) == ["8:14 RC901", "10:14 RC901"]


def test_unreadable_suppressions_are_reported() -> None:
    text = edit(2, "title: Atelier Nord  # relcanvas: ignore RC901")
    assert "2:22 RC018" in lint(text)
    text = edit(2, "title: Atelier Nord  # relcanvas: ignore[]")
    assert "2:22 RC018" in lint(text)
    text = edit(8, "    channel: phone  # relcanvas: ignore[RC9O1x, RC901]")
    assert lint(text) == ["8:21 RC018", "10:14 RC901"]


def test_no_unused_report_on_an_invalid_canvas() -> None:
    text = edit(2, "titel: Atelier Nord  # relcanvas: ignore[RC901]")
    assert lint(text) == ["1:1 RC013", "2:1 RC011"]


def test_scan_finds_directives_after_a_yaml_error() -> None:
    found, bad = scan("a: [unclosed\nb: 'x # no' # relcanvas: ignore[RC901]\n")
    assert [(s.line, s.column, s.target, s.names) for s in found] == [(2, 13, 2, ("RC901",))]
    assert bad == []
