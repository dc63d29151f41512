"""``relcanvas log`` as users meet it, on a real repository (tests/history/history_repo.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from history_repo import FIRST, git
from typer.testing import CliRunner

from relcanvas.cli import app

SUBJECTS = [
    "Less automation for gift boxes",
    "Weekly recipe videos",
    "Couples become flexible duos",
    "Less human contact for families",
    "Add the 2027 canvas",
]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["log", *args])
    return result.exit_code, result.stdout, result.stderr


def test_text_lists_strategic_commits_newest_first(canvas_path: Path) -> None:
    code, out, _ = run(str(canvas_path))
    assert code == 0
    found = [s for s in SUBJECTS if s in out]
    assert found == SUBJECTS
    assert [out.index(s) for s in SUBJECTS] == sorted(out.index(s) for s in SUBJECTS)
    assert "Human contact: Medium -> Low (decrease)" in out
    assert "Frequency: Monthly -> Weekly" in out
    # Typography, the file rename and the comment spacing: form only, one line.
    assert "3 commits without strategic change" in out
    assert "Typography" not in out and "Rename the file" not in out


def test_invalid_version_is_one_line_and_the_walk_goes_on(canvas_path: Path) -> None:
    _, out, _ = run(str(canvas_path))
    lines = [line for line in out.splitlines() if "invalid version" in line]
    assert len(lines) == 1
    assert f"{FIRST}:" in lines[0] and "RC012" in lines[0] and "loud" in lines[0]
    # The commit after the broken one is diffed against the last valid version.
    assert "Young couples on a flexible plan -> Flexible duos" in out
    assert "Personalisation" not in out.split("Couples become flexible duos")[1].split("\n\n")[0]


def test_rename_with_a_new_name_is_one_change_in_the_log(canvas_path: Path) -> None:
    _, out, _ = run("--format", "json", str(canvas_path))
    data = json.loads(out)
    commit = next(c for c in data["commits"] if c["subject"] == SUBJECTS[2])
    assert [(c["block"], c["kind"]) for c in commit["changes"]] == [("segments", "renamed")]
    assert {"block": "interaction", "key": "duos"} in commit["changes"][0]["references"]


def test_all_shows_form_only_commits_and_the_file_rename(canvas_path: Path) -> None:
    _, out, _ = run("--all", str(canvas_path))
    for subject in ("Typography", "Rename the file", "Comment spacing"):
        assert subject in out
    assert out.count("no strategic change") == 3
    # The merge brought nothing of its own: like `git log --follow`, it is not listed, and
    # the branch's commit is listed once.
    assert "Merge branch" not in out and out.count("Weekly recipe videos") == 1
    assert "without strategic change" not in out


def test_json_shape(canvas_path: Path) -> None:
    code, out, _ = run("--format", "json", str(canvas_path))
    assert code == 0
    data = json.loads(out)
    assert data["relcanvas_log"] == 1
    assert data["summary"] == {
        "commits": 9,
        "strategic": 5,
        "without_strategic_change": 3,
        "invalid": 1,
    }
    statuses = [c["status"] for c in data["commits"]]
    assert statuses.count("invalid") == 1
    broken = next(c for c in data["commits"] if c["status"] == "invalid")
    assert (broken["code"], broken["line"], broken["path"]) == ("RC012", 35, FIRST)
    paths = {c["path"] for c in data["commits"]}
    assert paths == {FIRST, "strategy/brightbox.canvas.yaml"}


def test_range_since_until_and_count(canvas_path: Path) -> None:
    repo = canvas_path.parents[1]
    start = git(repo, "rev-list", "--max-count=1", "--grep=Typography", "HEAD").strip()
    _, out, _ = run("--format", "json", f"{start}..HEAD", str(canvas_path))
    subjects = [c["subject"] for c in json.loads(out)["commits"] if c["status"] == "strategic"]
    assert subjects == SUBJECTS[:3]
    _, out, _ = run("-n", "2", str(canvas_path))
    assert [s for s in SUBJECTS if s in out] == SUBJECTS[:2]
    _, out, _ = run("--since", "2027-01-06", "--until", "2027-01-08", str(canvas_path))
    assert [s for s in SUBJECTS if s in out] == [SUBJECTS[1]]


def test_markdown_changelog(canvas_path: Path) -> None:
    repo = canvas_path.parents[1]
    first = git(repo, "rev-list", "--max-count=1", "--grep=Add the 2027", "HEAD").strip()
    code, out, _ = run("--format", "markdown", f"{first}..HEAD", str(canvas_path))
    assert code == 0
    assert out.startswith("# Strategy changelog: BrightBox")
    summary, by_block = out.split("## Changes by block")
    assert "| 1. Interaction mode | 0 | 0 | 0 | 2 |" in summary
    assert "| Families on a weekly plan | Human contact | Medium → Low (lowered) |" in summary
    assert "| One-off gift boxes | Automation | High → Medium (lowered) |" in summary
    assert "1 commit without strategic change" not in summary  # Typography is out of range
    assert by_block.index("### Segments") < by_block.index("### 1. Interaction mode")
    assert f"`{first[:7]}`" not in by_block
    assert "Young couples on a flexible plan → Flexible duos" in by_block


def test_text_to_a_file(canvas_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "log.txt"
    assert run("-o", str(out), str(canvas_path))[0] == 0
    text = out.read_text()
    assert "\x1b" not in text and "Less automation for gift boxes" in text


def test_french(canvas_path: Path) -> None:
    _, out, _ = run("--lang", "fr", str(canvas_path))
    assert "3 commits sans changement stratégique" in out
    assert "version invalide" in out
    code, _, err = run("--lang", "fr", "v9..v10", str(canvas_path))
    assert code == 2 and "plage de révisions inconnue\u00a0: 'v9..v10'" in err


def test_html_and_pdf_files(canvas_path: Path, tmp_path: Path) -> None:
    page = tmp_path / "timeline.html"
    assert run("--format", "html", "-o", str(page), str(canvas_path))[0] == 0
    html = page.read_text()
    assert html.count('<figure class="chart"') == 3
    assert "<script" not in html
    code, _, err = run("--format", "html", "-o", str(page), str(canvas_path))
    assert code == 2 and "already exists" in err
    assert run("--format", "html", "-o", str(page), "--force", str(canvas_path))[0] == 0
    pdf = tmp_path / "timeline.pdf"
    assert run("--format", "pdf", "-o", str(pdf), str(canvas_path))[0] == 0
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Flexible duos" in text and "Less automation for gift boxes" in text
    code, _, err = run("--format", "pdf", str(canvas_path))
    assert code == 2 and "-o FILE" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nowhere/canvas.yaml"], "does not exist"),
        (["v9..v10", "CANVAS"], "unknown revision range"),
        (["--since", "-x", "CANVAS"], "is not a date"),
        (["--exec=x", "CANVAS"], "No such option"),
        (["FOLDER"], "is a directory"),
        (["HEAD", "CANVAS", "extra"], "log takes [REV_RANGE] PATH"),
    ],
)
def test_errors_are_one_line_and_exit_2(canvas_path: Path, args: list[str], message: str) -> None:
    places = {"CANVAS": str(canvas_path), "FOLDER": str(canvas_path.parent)}
    args = [places.get(a, a) for a in args]
    code, _, err = run(*args)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_outside_a_repository(tmp_path: Path) -> None:
    alone = tmp_path / "canvas.yaml"
    alone.write_text("relcanvas: 1\n")
    code, _, err = run(str(alone))
    assert code == 2 and err.count("\n") == 1 and "not inside a git repository" in err


def test_as_a_subprocess_from_a_subdirectory(canvas_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "relcanvas", "log", "--format", "json", canvas_path.name],
        cwd=canvas_path.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["summary"]["strategic"] == 5


def test_hostile_text_is_data_in_every_format(tmp_path: Path) -> None:
    from history_repo import EXAMPLE, Builder

    b = Builder(tmp_path)
    text = EXAMPLE.read_text().replace(
        "name: One-off gift boxes",
        'name: "</svg><script>alert(1)</script> [x](http://e.vil) @team"',
    )
    b.commit("c.yaml", text, "add")
    text = text.replace("    value: low\n", "    value: medium\n", 1)
    b.commit("c.yaml", text, "<img src=x onerror=alert(1)> \x1b[31m #12 @all")
    path = str(tmp_path / "c.yaml")
    _, html, _ = run("--format", "html", path)
    assert "<script" not in html and "<img" not in html and "&lt;script&gt;" in html
    _, md, _ = run("--format", "markdown", path)
    assert "<img" not in md.replace("\\<img", "") and "@all" not in md and "#12" not in md
    _, out, _ = run(path)
    assert "\x1b" not in out
