"""``relcanvas lint``, ``rules`` and ``rule`` as users meet them: outputs and exit codes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import Result
from engine_helpers import CANVAS, throwaway_rules
from typer.testing import CliRunner

from relcanvas.cli import app


@pytest.fixture(autouse=True)
def _rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "a.yaml").write_text(CANVAS)
    with throwaway_rules():
        yield


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=input)


def test_findings_at_or_above_fail_on_exit_1() -> None:
    result = run("lint", "a.yaml", "--select", "RC901")
    assert result.exit_code == 1
    assert result.stdout.startswith("a.yaml:8:14: RC901 touchpoint 'Phone'\n")
    assert result.stdout.endswith("Checked 1 file: 2 findings in 1 file (2 warnings).\n")


def test_fail_on_and_exit_zero() -> None:
    assert run("lint", "a.yaml", "--select", "RC901", "--fail-on", "error").exit_code == 0
    assert run("lint", "a.yaml", "--select", "RC903").exit_code == 0  # info < warning
    assert run("lint", "a.yaml", "--select", "RC903", "--fail-on", "info").exit_code == 1
    assert run("lint", "a.yaml", "--select", "RC9", "--exit-zero").exit_code == 0


def test_nothing_found_exits_0() -> None:
    result = run("lint", "a.yaml", "--select", "RC901,RC902", "--ignore", "RC9")
    assert result.exit_code == 0
    assert result.stdout == "Checked 1 file: no findings.\n"


def test_invalid_canvas_from_stdin_is_reported_and_fails() -> None:
    result = run("lint", "-", "--format", "json", input="relcanvas: 1\ntitel: x\n")
    assert result.exit_code == 1
    codes = [(f["path"], f["line"], f["code"]) for f in json.loads(result.stdout)["findings"]]
    assert codes == [("<stdin>", 1, "RC013"), ("<stdin>", 2, "RC011")]


def test_missing_file_and_bad_option_exit_2() -> None:
    result = run("lint", "nope.yaml")
    assert result.exit_code == 2
    assert result.stderr == "relcanvas: error: nope.yaml: no such file or directory\n"
    assert run("lint", "a.yaml", "--fail-on", "fatal").exit_code == 2


def test_bad_config_is_one_line_with_a_suggestion(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.relcanvas]\nignore = ["RC9O2"]\n')
    result = run("lint", "a.yaml")
    assert result.exit_code == 2
    assert result.stderr == (
        f"relcanvas: error: {tmp_path / 'pyproject.toml'}: ignore: unknown rule 'RC9O2' "
        "(did you mean 'RC902'?)\n"
    )
    result = run("lint", "a.yaml", "--config", "missing.toml")
    assert (result.exit_code, result.stderr) == (
        2,
        "relcanvas: error: missing.toml: no such config file\n",
    )
    result = run("lint", "a.yaml", "--select", "test-blok-key")
    assert result.exit_code == 2
    assert "--select: unknown rule 'test-blok-key' (did you mean 'test-block-key'?)" in (
        result.stderr
    )


def test_config_file_is_applied(tmp_path: Path) -> None:
    (tmp_path / ".relcanvas.toml").write_text(
        'select = ["RC9"]\nignore = ["RC903"]\n[severity]\nRC901 = "info"\nRC902 = "info"\n'
    )
    assert run("lint", "a.yaml").exit_code == 0
    assert run("lint", "a.yaml", "--fail-on", "info").exit_code == 1


def test_every_format_and_statistics() -> None:
    for name in ("text", "json", "sarif", "github"):
        result = run("lint", "a.yaml", "--select", "RC901", "--format", name)
        assert result.exit_code == 1, name
        assert "Phone" in result.stdout
    result = run("lint", "a.yaml", "--select", "RC901", "--statistics")
    assert "    2  RC901  test-per-touchpoint\n" in result.stdout


def test_skip_non_canvas_lints_only_the_canvases_named(tmp_path: Path) -> None:
    ci = tmp_path / "ci.yaml"
    ci.write_text("on: push\n", encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("relcanvas: 1\ntitel: x\n", encoding="utf-8")
    result = run("lint", "--skip-non-canvas", str(ci), str(bad))
    assert result.exit_code == 1
    assert f"{bad}:2:1: RC011" in result.stdout
    assert "ci.yaml" not in result.stdout
    assert run("lint", "--skip-non-canvas", str(ci)).exit_code == 0
    assert run("lint", str(ci)).exit_code == 1  # named without the flag: not a canvas


def test_rules_lists_every_rule() -> None:
    result = run("rules")
    assert result.exit_code == 0
    assert "RC901" in result.stdout and "test-per-touchpoint" in result.stdout
    assert "RC011" in result.stdout and "unknown-key" in result.stdout


def test_rules_piped_is_one_unwrapped_line_per_rule() -> None:
    from relcanvas.lint.engine import rules

    lines = run("rules").stdout.splitlines()
    assert [line.split()[0] for line in lines] == [r.code for r in rules()]
    assert all(line == line.rstrip() for line in lines)
    summaries = [r.doc("summary", "en") for r in rules()]
    assert all(line.endswith(s) for line, s in zip(lines, summaries, strict=True))


@pytest.mark.parametrize("name", ["RC011", "unknown-key", "rc011"])
def test_rule_explains_one_rule_by_code_or_slug(name: str) -> None:
    result = run("rule", name)
    assert result.exit_code == 0
    assert result.stdout.startswith("RC011 unknown-key (error, block: file)\n")
    sections = ["What it checks:", "Why it matters:", "Example:", "Use instead:", "How to fix:"]
    assert [line for line in result.stdout.splitlines() if line.endswith(":")] == [
        *sections,
        "Source:",
    ]
    assert "Source:\n  the relcanvas file format.\n" in result.stdout


def test_rule_in_french_has_the_engine_notes_apart() -> None:
    result = run("rule", "RC209", "--lang", "fr")
    assert result.exit_code == 0
    assert result.stdout.startswith("RC209 no-response-time (avertissement, bloc\u00a0: ")
    titles = [line for line in result.stdout.splitlines() if line.endswith("\u00a0:")]
    assert titles == [
        "Ce qu’elle vérifie\u00a0:",
        "Pourquoi c’est important\u00a0:",
        "Exemple\u00a0:",
        "À la place\u00a0:",
        "Comment corriger\u00a0:",
        "Précisions\u00a0:",
        "Source\u00a0:",
    ]
    why = result.stdout.split("Pourquoi c’est important\u00a0:")[1].split("Exemple")[0]
    assert "Signalé" not in why


def test_rule_shows_options() -> None:
    result = run("rule", "RC901")
    assert "Options:\n  min_length = 0 (0 to 10000): only names at least this long" in result.stdout


def test_unknown_rule_suggests_and_exits_2() -> None:
    result = run("rule", "unknwn-key")
    assert result.exit_code == 2
    assert result.stderr == (
        "relcanvas: error: unknown rule 'unknwn-key' (did you mean 'unknown-key'?); "
        "'relcanvas rules' lists them\n"
    )
