"""docs/fr/visite.md shows real output: replay the tour and compare, block by block.

The tour pastes what ``init``, ``validate``, ``lint``, ``rules``, ``rule``, ``diff`` (and
git's diff driver) and ``render`` print on French canvases, and describes the findings
``validate`` and ``lint`` report on its draft.
When the commands change what they print, these tests say which block of the tour is stale.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relcanvas.cli import app

ROOT = Path(__file__).resolve().parents[2]
TOUR = (ROOT / "docs" / "fr" / "visite.md").read_text(encoding="utf-8")
EXAMPLE = ROOT / "examples" / "atelier-nord-b2b.fr.yaml"
EDITS = (
    ('version: "2026-T4"', 'version: "2027-T1"'),
    (
        "    human_contact: Moyen\n    personalization: Moyen\n    automation: Moyen",
        "    human_contact: Faible\n    personalization: Moyen\n    automation: Élevé",
    ),
    ("    response_time: 4h ouvrées", "    response_time: 2h ouvrées"),
    (
        "    frequency: Annuelle\n    objective: Faire le point",
        "    frequency: Semestrielle\n    objective: Faire le point",
    ),
)
"""The edits the tour describes in prose: version, two levels, a response time, a rhythm."""


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "LANG": "fr_FR.UTF-8"})
    return result.exit_code, result.stdout


def block(opening: str) -> str:
    """The text of the tour's code block that starts right after ``opening``."""
    assert opening in TOUR, f"the tour no longer has: {opening!r}"
    return TOUR.split(opening, 1)[1].split("\n```", 1)[0] + "\n"


def fenced_after(sentence: str) -> str:
    """The first code block after ``sentence`` in the tour, without its fence line."""
    rest = TOUR.split(sentence, 1)[1]
    return rest.split("```", 1)[1].split("\n", 1)[1].split("\n```", 1)[0] + "\n"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "core.hooksPath=/dev/null", "-c", "core.pager=cat", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "NO_COLOR": "1", "GIT_PAGER": "cat", "PAGER": "cat"},
    ).stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The tour's repository: the Atelier Nord example committed, then edited as told."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.name", "Test")
    git(tmp_path, "config", "user.email", "test@example.com")
    git(tmp_path, "config", "diff.relcanvas.command", f"{sys.executable} -m relcanvas git-diff")
    (tmp_path / ".gitattributes").write_text("*.canvas.yaml diff=relcanvas\n")
    canvas = tmp_path / "atelier.canvas.yaml"
    shutil.copy(EXAMPLE, canvas)
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "Canevas Atelier Nord")
    text = canvas.read_text(encoding="utf-8")
    for old, new in EDITS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    canvas.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_diff_blocks_are_real(repo: Path) -> None:
    code, text = run("diff", "HEAD", "atelier.canvas.yaml")
    assert code == 0
    assert text == fenced_after("La sortie est en français, parce que le canevas l’est")
    for extra, opening in (
        (["--stat"], "$ relcanvas diff HEAD atelier.canvas.yaml --stat\n"),
        (["--format", "markdown"], "$ relcanvas diff HEAD atelier.canvas.yaml --format markdown\n"),
    ):
        assert run("diff", "HEAD", "atelier.canvas.yaml", *extra) == (0, block(opening))
    assert run("diff", "HEAD", "atelier.canvas.yaml", "--exit-code")[0] == 1


def test_git_driver_block_is_real(repo: Path) -> None:
    shown = block("$ git diff atelier.canvas.yaml\n")
    assert git(repo, "diff", "atelier.canvas.yaml") == shown


def test_init_block_is_real(tmp_path: Path) -> None:
    target = tmp_path / "mon-canevas.yaml"
    code, _ = run("init", str(target), "--lang", "fr", "--title", "Notre relation client")
    assert code == 0
    written = target.read_text(encoding="utf-8")
    shown = fenced_after("décommenter")
    undated = re.sub(r"(?m)^updated: .*$", "updated: 2026-12-04", written)
    assert shown in undated
    assert run("init", str(target), "--lang", "fr")[0] == 2


def test_render_markdown_block_is_real() -> None:
    shown = fenced_after("La sortie Markdown commence ainsi")
    code, text = run("render", str(EXAMPLE), "-o", "-", "--format", "md")
    assert code == 0 and text.startswith(shown)


def test_draft_gives_the_problem_and_findings_the_tour_describes(tmp_path: Path) -> None:
    draft = tmp_path / "brouillon.yaml"
    draft.write_text(fenced_after("créez `brouillon.yaml`"), encoding="utf-8")
    code, out = run("validate", str(draft), "--format", "json")
    problems = json.loads(out)["files"][0]["problems"]
    assert code == 1
    assert [(p["line"], p["column"], p["code"]) for p in problems] == [(15, 5, "RC011")]
    draft.write_text(draft.read_text(encoding="utf-8").replace("segmens:", "segments:"))
    assert run("validate", str(draft))[0] == 0
    code, out = run("lint", str(draft), "--format", "json")
    report = json.loads(out)
    described = set(re.findall(r"`(RC\d{3})`", TOUR.split("## Relever", 1)[1].split("\n## ")[0]))
    assert code == 1
    assert {f["code"] for f in report["findings"]} == described
    assert report["summary"]["findings"] == 13
    assert report["summary"]["by_severity"] == {"error": 0, "warning": 10, "info": 3}
    assert run("lint", str(draft), "--fail-on", "error")[0] == 0
    assert run("lint", str(ROOT / "examples"))[0] == 0


SESSION = re.compile(
    r"```console\n(\$ relcanvas (?:init|validate|lint|rule|render) .*?)```\n", re.S
)
"""The console blocks of the commands replayed in a folder of their own (diff needs git)."""


def sessions() -> list[tuple[str, str]]:
    """(command, what it printed) for every ``$ relcanvas`` line of those blocks, in order."""
    found: list[tuple[str, str]] = []
    for text in SESSION.findall(TOUR):
        for part in text.split("$ ")[1:]:
            command, _, shown = part.partition("\n")
            found.append((command, shown))
    return found


def test_the_tour_pastes_every_command_it_shows() -> None:
    commands = [command.split()[1] for command, _ in sessions()]
    assert commands == ["init", "init", "validate", "lint", "rule", "render", "render"]
    assert "COLLER" not in TOUR


def test_pasted_sessions_are_real(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Replay the tour in an empty folder: the draft, then the example, as the reader does."""
    (tmp_path / "examples").mkdir()
    shutil.copy(EXAMPLE, tmp_path / "examples" / EXAMPLE.name)
    draft = tmp_path / "brouillon.yaml"
    draft.write_text(fenced_after("créez `brouillon.yaml`"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command, shown in sessions():
        if command.startswith("relcanvas lint"):  # the tour has the reader fix the key first
            draft.write_text(draft.read_text(encoding="utf-8").replace("segmens:", "segments:"))
        result = CliRunner().invoke(
            app, shlex.split(command)[1:], env={"NO_COLOR": "1", "LANG": "fr_FR.UTF-8"}
        )
        assert result.stdout + result.stderr == shown, command


def test_rules_excerpt_is_real() -> None:
    from relcanvas.lint.engine import rules

    shown = fenced_after("Les règles du bloc 2, extraites de cette liste")
    code, text = run("rules", "--lang", "fr")
    assert code == 0 and shown in text
    assert [line.split()[0] for line in shown.splitlines()] == [
        r.code for r in rules() if r.code.startswith("RC2")
    ]
