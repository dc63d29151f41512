"""``relcanvas diff`` as users run it: one fixture per kind of change, every output format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from relcanvas.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
KINDS = FIXTURES / "kinds"
BASE = KINDS / "base.canvas.yaml"

runner = CliRunner()


def run(*args: str) -> Any:
    return runner.invoke(app, ["diff", *args], env={"NO_COLOR": "1"})


# (fixture, expected JSON change (subset of keys), text that the text report must show)
CASES: dict[str, tuple[dict[str, Any], str]] = {
    "added": (
        {"block": "touchpoints", "kind": "added", "key": "webinar"},
        "+ Webinar (Phase: Pre-sale; Channel: Video call)",
    ),
    "removed": (
        {"block": "loyalty", "kind": "removed", "key": "Partner status"},
        "- Partner status (Kind: Status recognition; Segments: Key accounts;",
    ),
    "changed": (
        {
            "block": "touchpoints",
            "kind": "changed",
            "key": "renewal-review",
            "field": "frequency",
            "old": "yearly",
            "new": "twice_a_year",
        },
        "Frequency: Yearly -> Twice a year",
    ),
    "level": (
        {
            "block": "interaction",
            "kind": "changed",
            "key": "smb",
            "label": "SMEs",
            "field": "human_contact",
            "old": "medium",
            "new": "low",
            "direction": "decrease",
        },
        "Human contact: Medium -> Low (decrease)",
    ),
    "set": (
        {
            "block": "interaction",
            "kind": "changed",
            "field": "types",
            "added": ["automated_services"],
            "removed": ["personal_assistance"],
        },
        "Relationship types: + Automated services; - Personal assistance",
    ),
    "metadata": (
        {"block": "metadata", "kind": "changed", "field": "version", "old": "1", "new": "2"},
        "~ Version: 1 -> 2",
    ),
    "extension": (
        {
            "block": "touchpoints",
            "kind": "changed",
            "key": "kickoff",
            "field": "x-owner",
            "old": None,
            "new": "onboarding team",
        },
        "x-owner: (none) -> onboarding team",
    ),
    "renamed": (
        {
            "block": "touchpoints",
            "kind": "renamed",
            "key": "kick-off-call",
            "field": "id",
            "old": "kickoff",
            "new": "kick-off-call",
            "references": [{"block": "tools", "key": "crm"}],
        },
        "> Kick-off call (Id: kickoff -> kick-off-call; references followed: "
        "3. Relationship tools: CRM)",
    ),
}


def _json(*args: str) -> dict[str, Any]:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


@pytest.mark.parametrize("kind", sorted(CASES))
def test_json_reports_exactly_the_change(kind: str) -> None:
    expected, _ = CASES[kind]
    data = _json(str(BASE), str(KINDS / f"{kind}.canvas.yaml"))
    changes = data["changes"]
    if kind == "metadata":  # the fixture also sets `updated`
        assert [c["field"] for c in changes] == ["version", "updated"]
    else:
        assert len(changes) == 1, changes
    assert {k: changes[0].get(k) for k in expected} == expected
    assert data["summary"]["changes"] == len(changes)


@pytest.mark.parametrize("kind", sorted(CASES))
def test_text_report(kind: str) -> None:
    _, expected = CASES[kind]
    result = run(str(BASE), str(KINDS / f"{kind}.canvas.yaml"))
    assert result.exit_code == 0
    assert expected in result.stdout
    assert "\x1b[" not in result.stdout


@pytest.mark.parametrize("kind", sorted(CASES))
def test_markdown_has_one_section_per_changed_block(kind: str) -> None:
    expected, _ = CASES[kind]
    result = run(str(BASE), str(KINDS / f"{kind}.canvas.yaml"), "--format", "markdown")
    assert result.exit_code == 0
    tokens = MarkdownIt().parse(result.stdout)
    headings = [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == "h3"
    ]
    titles = {
        "touchpoints": "2. Touchpoints",
        "loyalty": "4. Loyalty mechanisms",
        "interaction": "1. Interaction mode",
        "metadata": "Header",
    }
    assert headings == [titles[expected["block"]]]
    html = MarkdownIt().render(result.stdout)
    word = {"added": "Added", "removed": "Removed", "renamed": "Renamed"}.get(
        expected["kind"], "Changed"
    )
    assert f"<strong>{word}</strong>" in html


@pytest.mark.parametrize("kind", sorted(CASES))
def test_stat_and_exit_code(kind: str) -> None:
    expected, _ = CASES[kind]
    new = str(KINDS / f"{kind}.canvas.yaml")
    result = run(str(BASE), new, "--stat", "--exit-code")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("Total")
    assert f"1 {expected['kind']}" in lines[0] or expected["block"] == "metadata"
    stat = _json(str(BASE), new, "--stat")
    assert "changes" not in stat
    assert stat["summary"]["blocks"][expected["block"]][expected["kind"]] >= 1


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_spelling_order_comments_and_quoting_are_not_changes(fmt: str) -> None:
    result = run(str(BASE), str(KINDS / "same.canvas.yaml"), "--format", fmt, "--exit-code")
    assert result.exit_code == 0
    if fmt == "json":
        assert json.loads(result.stdout)["changes"] == []
    else:
        assert "no changes" in result.stdout.lower()


def test_example_pair_reads_like_a_review() -> None:
    result = run(str(FIXTURES / "before.canvas.yaml"), str(FIXTURES / "after.canvas.yaml"))
    out = result.stdout
    assert "Human contact: Medium -> Low (decrease)" in out
    assert "Frequency: Yearly -> Twice a year" in out
    assert "- Partner status programme" in out
    # The CRM follows the renamed kick-off touchpoint, and the tools' links to the dropped
    # booth and the new webinar are told with those touchpoints, not as tool changes.
    assert (
        "Segments: Enterprise accounts, Resellers; referred to by: 3. Relationship tools: "
        "HubSpot CRM)" in out
    )
    assert "Segments: SMEs; referred to by: 3. Relationship tools: Help centre)" in out
    assert "Touchpoints: - Trade show booth" not in out
    assert "\n3. Relationship tools\n" not in out
    # Nothing about re-spelled enums, reordered segments or reordered entries.
    assert "Enterprise accounts\n" not in out
    assert "Total: 3 added, 2 removed, 1 renamed, 8 changed" in out


def test_lang_option_and_default_language() -> None:
    new = str(KINDS / "level.canvas.yaml")
    assert "Contact humain\u00a0: Moyen -> Faible (baisse)" not in run(str(BASE), new).stdout
    french = run(str(BASE), new, "--lang", "fr").stdout
    assert "1. Mode d’interaction" in french
    # French typography: a non-breaking space before the colon, as in render.
    assert "Contact humain\u00a0: Moyen -> Faible (baisse)" in french
    assert "Human contact: Medium -> Low (decrease)" in run(str(BASE), new, "--lang", "en").stdout


def test_invalid_side_prints_validate_lines_and_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.canvas.yaml"
    bad.write_text("relcanvas: 1\ntitle: x\nsegments:\n  - {id: a, name: A, value: huge}\n")
    result = run(str(BASE), str(bad))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{bad}:4:")
    assert "RC012" in result.stderr
    assert result.stdout == ""


def test_missing_file_and_bad_usage_exit_2(tmp_path: Path) -> None:
    result = run(str(BASE), str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "no such file" in result.stderr
    assert run(str(BASE)).exit_code == 2
    assert run("a", "b", "c", "d").exit_code == 2


def test_docs_show_the_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/diff.md pastes the reports of the fixture pair: they must stay true."""
    doc = (Path(__file__).parents[2] / "docs" / "diff.md").read_text(encoding="utf-8")
    monkeypatch.chdir(FIXTURES)
    pair = ["before.canvas.yaml", "after.canvas.yaml"]
    for extra, opening in (
        ([], "$ relcanvas diff before.canvas.yaml after.canvas.yaml\n"),
        (["--stat"], "$ relcanvas diff before.canvas.yaml after.canvas.yaml --stat\n"),
        (["--format", "markdown"], "````markdown\n"),
    ):
        shown = doc.split(opening, 1)[1].split("\n```", 1)[0] + "\n"
        assert run(*pair, *extra).stdout == shown
