"""``--format gitlab`` and ``--format junit`` read back by real readers, and the one registry
the CLI's ``--format`` choices come from."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from engine_helpers import CANVAS, throwaway_rules
from typer.testing import CliRunner

from relcanvas.cli import app
from relcanvas.cli.lint import LintFormat
from relcanvas.i18n import t
from relcanvas.lint.formats import FORMATTERS

GITLAB_SCHEMA = Path(__file__).parent.parent / "data" / "gitlab-codequality.schema.json"


@pytest.fixture(autouse=True)
def _canvases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """a.yaml: two findings of RC901; b.yaml: not valid; c.yaml: clean."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "canvases").mkdir()
    (tmp_path / "canvases" / "a.yaml").write_text(CANVAS)
    (tmp_path / "canvases" / "b.yaml").write_text('relcanvas: 1\n"ti<t>el &\\a": x\n')
    (tmp_path / "canvases" / "c.yaml").write_text("relcanvas: 1\ntitle: Clean\n")
    with throwaway_rules():
        yield


def lint(*args: str) -> str:
    result = CliRunner().invoke(app, ["lint", "canvases", "--select", "RC901", *args])
    assert result.exit_code == 1, result.output
    return result.stdout


def test_the_cli_choices_are_the_registry() -> None:
    assert [f.value for f in LintFormat] == list(FORMATTERS)
    assert {"text", "json", "sarif", "github", "gitlab", "junit"} <= set(FORMATTERS)
    for name, fmt in FORMATTERS.items():
        assert fmt.name == name
        assert callable(fmt.load())
        assert t(fmt.description, "en") != t(fmt.description, "fr")
    shown = CliRunner().invoke(app, ["lint", "--help"], env={"COLUMNS": "300"}).stdout
    assert "gitlab: GitLab Code Quality report" in shown


def test_gitlab_report_follows_the_documented_format() -> None:
    issues = json.loads(lint("--format", "gitlab"))
    jsonschema.Draft202012Validator(json.loads(GITLAB_SCHEMA.read_text("utf-8"))).validate(issues)
    assert [(i["check_name"], i["severity"]) for i in issues] == [
        ("RC901", "minor"),
        ("RC901", "minor"),
        ("RC013", "major"),
        ("RC011", "major"),
    ]
    assert issues[0] == {
        "description": "RC901 touchpoint 'Phone'",
        "check_name": "RC901",
        "fingerprint": issues[0]["fingerprint"],
        "severity": "minor",
        "location": {"path": "canvases/a.yaml", "lines": {"begin": 8}},
    }
    assert len({i["fingerprint"] for i in issues}) == len(issues)  # GitLab keeps one per print


def test_gitlab_and_sarif_share_fingerprints() -> None:
    issues = json.loads(lint("--format", "gitlab"))
    results = json.loads(lint("--format", "sarif"))["runs"][0]["results"]
    assert [i["fingerprint"] for i in issues] == [
        r["partialFingerprints"]["relcanvasFinding/v1"] for r in results
    ]


def test_gitlab_report_is_an_empty_array_when_nothing_is_found() -> None:
    result = CliRunner().invoke(
        app, ["lint", "canvases/c.yaml", "--select", "RC901", "--format", "gitlab"]
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_junit_one_suite_per_file_one_case_per_finding() -> None:
    root = ET.fromstring(lint("--format", "junit").encode("utf-8"))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("5", "4", "0")
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [
        "canvases/a.yaml",
        "canvases/b.yaml",
        "canvases/c.yaml",
    ]
    for suite in suites:  # what JUnit readers require of a suite and its cases
        for attribute in ("name", "tests", "failures", "errors", "skipped"):
            assert suite.get(attribute) is not None, attribute
        cases = suite.findall("testcase")
        assert int(suite.get("tests", "")) == len(cases)
        assert int(suite.get("failures", "")) == len(suite.findall("testcase/failure"))
        assert all(c.get("name") and c.get("classname") for c in cases)
    phone = suites[0].findall("testcase")[0]
    assert phone.get("name") == "RC901 test-per-touchpoint at 8:14"
    failure = phone.find("failure")
    assert failure is not None
    assert failure.get("type") == "warning RC901"
    assert failure.get("message") == "touchpoint 'Phone'"
    assert failure.text == "canvases/a.yaml:8:14: RC901 touchpoint 'Phone'"
    (clean,) = suites[2].findall("testcase")
    assert clean.get("name") == "relcanvas lint" and clean.find("failure") is None


def test_junit_keeps_canvas_text_inert() -> None:
    """Markup characters are escaped by the XML writer; a control character (BEL, which
    XML 1.0 cannot hold) is written out as text, so the report still parses."""
    out = lint("--format", "junit")
    assert "\x07" not in out
    root = ET.fromstring(out.encode("utf-8"))
    (unknown,) = (f for f in root.iter("failure") if f.get("type") == "error RC011")
    assert unknown.get("message", "").startswith("unknown key 'ti<t>el &\\x07'")
