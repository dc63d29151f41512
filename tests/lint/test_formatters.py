"""Output formats: exact text and GitHub lines, JSON shape, SARIF checked against its schema."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from engine_helpers import CANVAS, throwaway_rules

from relcanvas.escape import annotation_data, annotation_property
from relcanvas.lint.config import ConfigFinder
from relcanvas.lint.engine import FileReport, Finding, LintReport, lint_paths
from relcanvas.lint.formatters import (
    FORMATTERS,
    Style,
    format_github,
)
from relcanvas.lint.rule import REGISTRY, Severity

SARIF_SCHEMA = Path(__file__).parent.parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture
def report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LintReport]:
    """Two files in a sub folder, linted with the throwaway rules only: one valid, one not."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "canvases").mkdir()
    (tmp_path / "canvases" / "a.yaml").write_text(CANVAS)
    (tmp_path / "canvases" / "b.yaml").write_text("relcanvas: 1\ntitel: x\n")
    (tmp_path / "canvases" / "ci.yaml").write_text("on: push\n")  # not a canvas: skipped
    with throwaway_rules():
        finder = ConfigFinder(select=["RC9"], ignore=["RC903"])
        yield lint_paths(["canvases"], finder, today=dt.date(2026, 6, 1))


def test_text_is_grouped_by_file_with_a_summary(report: LintReport) -> None:
    assert FORMATTERS["text"](report, Style()) == (
        "canvases/a.yaml:5:1: RC902 touchpoints block\n"
        "    fix: See `relcanvas rule RC902`.\n"
        "canvases/a.yaml:8:14: RC901 touchpoint 'Phone'\n"
        "    fix: See `relcanvas rule RC901`.\n"
        "canvases/a.yaml:10:14: RC901 touchpoint 'Newsletter'\n"
        "    fix: See `relcanvas rule RC901`.\n"
        "\n"
        "canvases/b.yaml:1:1: RC013 missing required key 'title'\n"
        "    fix: Add the missing key.\n"
        "canvases/b.yaml:2:1: RC011 unknown key 'titel' (did you mean 'title'?)\n"
        "    fix: Fix the key's spelling, or prefix your own keys with `x-`.\n"
        "\n"
        "Checked 2 files: 5 findings in 2 files (3 errors, 2 warnings).\n"
    )


def test_text_statistics_count_per_rule(report: LintReport) -> None:
    text = FORMATTERS["text"](report, Style(statistics=True))
    assert "\n    2  RC901  test-per-touchpoint\n    1  RC011  unknown-key\n" in text


def test_text_colours_only_when_asked(report: LintReport) -> None:
    assert "\x1b[" not in FORMATTERS["text"](report, Style())
    coloured = FORMATTERS["text"](report, Style(color=True))
    assert "\x1b[1;31mRC902\x1b[0m" in coloured  # error: bold red
    assert "\x1b[33mRC901\x1b[0m" in coloured  # warning: yellow


def test_text_when_nothing_is_found() -> None:
    empty = LintReport((FileReport("a.yaml", (), True),))
    assert FORMATTERS["text"](empty, Style()) == "Checked 1 file: no findings.\n"


def test_json_shape(report: LintReport) -> None:
    document = json.loads(FORMATTERS["json"](report, Style()))
    assert document["version"] == 1
    assert document["tool"]["name"] == "relcanvas"
    assert document["findings"][1] == {
        "path": "canvases/a.yaml",
        "line": 8,
        "column": 14,
        "code": "RC901",
        "slug": "test-per-touchpoint",
        "severity": "warning",
        "block": "touchpoints",
        "message": "touchpoint 'Phone'",
        "fix": "See `relcanvas rule RC901`.",
    }
    assert [f["code"] for f in document["findings"]] == [
        "RC902",
        "RC901",
        "RC901",
        "RC013",
        "RC011",
    ]
    assert document["summary"] == {
        "files": 2,
        "files_with_findings": 2,
        "invalid_files": 1,
        "findings": 5,
        "by_severity": {"error": 3, "warning": 2, "info": 0},
        "by_rule": {"RC011": 1, "RC013": 1, "RC901": 2, "RC902": 1},
    }


def test_sarif_is_valid_and_declares_every_rule(report: LintReport) -> None:
    document = json.loads(FORMATTERS["sarif"](report, Style()))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(document)
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(REGISTRY)
    by_id = {r["id"]: r for r in rules}
    assert by_id["RC902"]["name"] == "test-block-key"
    assert by_id["RC902"]["defaultConfiguration"] == {"level": "error"}
    assert by_id["RC903"]["defaultConfiguration"] == {"level": "note"}
    assert by_id["RC011"]["shortDescription"]["text"]
    assert "```yaml" in by_id["RC011"]["help"]["markdown"]
    assert by_id["RC011"]["help"]["text"].startswith("Fix the key's spelling, or prefix")
    assert "#### How to fix\n\nFix the key's spelling" in by_id["RC011"]["help"]["markdown"]
    french = json.loads(FORMATTERS["sarif"](report, Style(lang="fr")))
    french_rules = {r["id"]: r for r in french["runs"][0]["tool"]["driver"]["rules"]}
    assert (
        "#### Comment corriger\n\nCorrigez l’orthographe"
        in (french_rules["RC011"]["help"]["markdown"])
    )
    jsonschema.Draft4Validator(schema).validate(french)
    first = run["results"][0]
    assert first["ruleId"] == "RC902"
    assert rules[first["ruleIndex"]]["id"] == "RC902"
    assert first["level"] == "error"
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "canvases/a.yaml"},
        "region": {"startLine": 5, "startColumn": 1, "endLine": 5, "endColumn": 12},
    }
    assert len(run["results"]) == 5


def test_sarif_ends_where_the_text_pointed_at_ends(report: LintReport) -> None:
    """The key 'touchpoints' (5:1-5:12), the value 'phone' (8:14-8:19), SARIF's end being
    the column after the last character; a loader problem has no end."""
    results = json.loads(FORMATTERS["sarif"](report, Style()))["runs"][0]["results"]
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in results]
    assert regions[1] == {"startLine": 8, "startColumn": 14, "endLine": 8, "endColumn": 19}
    assert regions[2] == {"startLine": 10, "startColumn": 14, "endLine": 10, "endColumn": 19}
    assert regions[4] == {"startLine": 2, "startColumn": 1}  # RC011 from the loader


@pytest.mark.parametrize(
    ("source", "end"),
    [
        ("channel: phone\n", 15),
        ("channel: 'phone'  # comment\n", 17),
        ('channel: "phone"\n', 17),
        ("channel: phones\n", None),  # not the value: no end rather than a wrong one
        ("channel: 'it''s'\n", None),  # the written form differs from the value
    ],
)
def test_ends_are_given_only_when_the_text_matches(source: str, end: int | None) -> None:
    from relcanvas.diagnostics import Position
    from relcanvas.lint.spans import Spans

    value = "it's" if "''" in source else "phone"
    spans = Spans(source, {"channel": value})
    found = spans.end(Position(1, 10), ("channel",), "value")
    assert (found.column if found else None) == end
    assert spans.end(Position(1, 1), ("channel",), "key") == Position(1, 8)


def _fingerprints(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    (tmp_path / "canvases").mkdir(exist_ok=True)
    (tmp_path / "canvases" / "a.yaml").write_text(text)
    with throwaway_rules():
        finder = ConfigFinder(select=["RC901", "RC902"])
        linted = lint_paths(["canvases/a.yaml"], finder, today=dt.date(2026, 6, 1))
        results = json.loads(FORMATTERS["sarif"](linted, Style()))["runs"][0]["results"]
    return [
        (r["message"]["text"], r["partialFingerprints"]["relcanvasFinding/v1"]) for r in results
    ]


def test_sarif_fingerprints_survive_unrelated_edits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    before = dict(_fingerprints(tmp_path, CANVAS))
    assert len(set(before.values())) == 3
    # Lines above every finding, and a new touchpoint before the others: same fingerprints.
    shifted = CANVAS.replace(
        "segments:\n", "# a comment\norganization: Nord\nsegments:\n  - {id: big, name: Big}\n"
    ).replace("touchpoints:\n", "touchpoints:\n  - name: Shop\n    channel: store\n")
    after = dict(_fingerprints(tmp_path, shifted))
    assert {m: after[m] for m in before} == before
    # The finding itself changes (another touchpoint): its fingerprint changes, others stay.
    renamed = dict(_fingerprints(tmp_path, CANVAS.replace("Phone", "Call")))
    assert renamed["touchpoint 'Call'"] != before["touchpoint 'Phone'"]
    assert renamed["touchpoint 'Newsletter'"] == before["touchpoint 'Newsletter'"]


def test_github_annotations_grouped_per_file(report: LintReport) -> None:
    assert format_github(report, Style()) == (
        "::group::canvases/a.yaml\n"
        "::error file=canvases/a.yaml,line=5,col=1,title=RC902 test-block-key::"
        "touchpoints block%0ASee `relcanvas rule RC902`.\n"
        "::warning file=canvases/a.yaml,line=8,col=14,title=RC901 test-per-touchpoint::"
        "touchpoint 'Phone'%0ASee `relcanvas rule RC901`.\n"
        "::warning file=canvases/a.yaml,line=10,col=14,title=RC901 test-per-touchpoint::"
        "touchpoint 'Newsletter'%0ASee `relcanvas rule RC901`.\n"
        "::endgroup::\n"
        "::group::canvases/b.yaml\n"
        "::error file=canvases/b.yaml,line=1,col=1,title=RC013 missing-key::"
        "missing required key 'title'%0AAdd the missing key.\n"
        "::error file=canvases/b.yaml,line=2,col=1,title=RC011 unknown-key::"
        "unknown key 'titel' (did you mean 'title'?)%0A"
        "Fix the key's spelling, or prefix your own keys with `x-`.\n"
        "::endgroup::\n"
    )


def test_github_escaping_follows_actions_core() -> None:
    """As @actions/core escapes, after control characters are written out: a new line in
    canvas text stays on the annotation's one line."""
    assert annotation_data("100%\r\nnext: a,b") == "100%25\\x0d\\x0anext: a,b"
    assert annotation_property("dir:x,y%\n") == "dir%3Ax%2Cy%25\\x0a"
    finding = Finding(
        "a,b:c.yaml", 1, 2, "RC013", "50% done\nmore", "missing-key", Severity.ERROR, "file"
    )
    out = format_github(LintReport((FileReport("a,b:c.yaml", (finding,), False),)), Style())
    assert (
        "::error file=a%2Cb%3Ac.yaml,line=1,col=2,title=RC013 missing-key::"
        "50%25 done\\x0amore%0AAdd the missing key.\n"
    ) in out


def test_github_notice_when_a_level_exceeds_the_per_step_cap() -> None:
    def report_of(n: int) -> LintReport:
        findings = tuple(
            Finding("a.yaml", i + 1, 1, "RC013", "m", "missing-key", Severity.WARNING, "file")
            for i in range(n)
        )
        return LintReport((FileReport("a.yaml", findings, True),))

    assert "::notice" not in format_github(report_of(10), Style())
    last = format_github(report_of(11), Style()).rstrip("\n").split("\n")[-1]
    assert last.startswith("::notice title=relcanvas::Checked 1 file: 11 findings in 1 file")
    assert "at most 10 annotations of each level per step" in last
