"""``relcanvas validate``: files, stdin, directories, text and JSON reports, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from foundation_helpers import EXAMPLES, MINIMAL

BROKEN = "relcanvas: 1\ntitle: Broken\ntouchpionts: []\n"


def test_examples_are_valid(run) -> None:
    assert len(EXAMPLES) >= 3
    result = run("validate", *map(str, EXAMPLES))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"Checked {len(EXAMPLES)} files: all valid."


def test_invalid_file_gives_line_col_code_and_summary(run, write) -> None:
    path = write("bad.yaml", BROKEN)
    result = run("validate", str(path))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"{path}:3:1: RC011 unknown key 'touchpionts' (did you mean 'touchpoints'?)"
    assert lines[-1] == "Checked 1 file: 1 invalid, 1 problem."


def test_stdin(run) -> None:
    good = run("validate", "-", input=MINIMAL)
    assert good.exit_code == 0
    bad = run("validate", "-", input=BROKEN)
    assert bad.exit_code == 1
    assert bad.stdout.startswith("<stdin>:3:1: RC011 ")


def test_directory_is_walked_recursively_and_other_yaml_skipped(run, write, tmp_path) -> None:
    write("a/one.yaml", MINIMAL)
    write("a/b/two.yml", BROKEN)
    write("a/b/ci.yaml", "on: push\njobs: {}\n")
    write("a/notes.txt", BROKEN)
    result = run("validate", str(tmp_path / "a"))
    assert result.exit_code == 1
    assert "ci.yaml" not in result.stdout
    assert f"{tmp_path / 'a' / 'b' / 'two.yml'}:3:1: RC011" in result.stdout
    assert result.stdout.splitlines()[-1] == "Checked 2 files: 1 invalid, 1 problem."


def test_named_yaml_without_version_key_is_an_error(run, write) -> None:
    path = write("ci.yaml", "on: push\njobs: {}\n")
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}:1:1: RC013 missing 'relcanvas: 1'")


def test_skip_non_canvas_passes_over_named_yaml_like_a_walk(run, write) -> None:
    ci = write("ci.yaml", "on: push\njobs: {}\n")
    broken = write("broken.yaml", BROKEN)
    result = run("validate", "--skip-non-canvas", str(ci), str(broken))
    assert result.exit_code == 1
    assert "ci.yaml" not in result.stdout
    assert result.stdout.splitlines()[-1] == "Checked 1 file: 1 invalid, 1 problem."
    only_ci = run("validate", "--skip-non-canvas", str(ci))
    assert only_ci.exit_code == 0
    assert "warning" not in only_ci.stderr


def test_all_valid_directory_exits_0(run, write, tmp_path) -> None:
    write("d/x.yaml", MINIMAL)
    assert run("validate", str(tmp_path / "d")).exit_code == 0


def test_missing_path_exits_2_with_one_line(run, tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "no such file" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_option_exits_2(run) -> None:
    assert run("validate", "--format", "xml", "-").exit_code == 2


def test_json_format_shape(run, write) -> None:
    good = write("good.yaml", MINIMAL)
    bad = write("bad.yaml", BROKEN)
    result = run("validate", "--format", "json", str(good), str(bad))
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["version"] == 1
    assert report["summary"] == {"files": 2, "valid": 1, "invalid": 1, "problems": 1}
    first, second = report["files"]
    assert first == {"path": str(good), "valid": True, "problems": []}
    assert second["valid"] is False
    assert second["problems"] == [
        {
            "line": 3,
            "column": 1,
            "code": "RC011",
            "slug": "unknown-key",
            "message": "unknown key 'touchpionts' (did you mean 'touchpoints'?)",
        }
    ]
