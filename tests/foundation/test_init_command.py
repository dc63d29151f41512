"""``relcanvas init``: a starter canvas that validates and guides the workshop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from foundation_helpers import ROOT

from relcanvas import vocabulary as V
from relcanvas.loader import load_bytes


def test_init_writes_a_file_that_validates(run, tmp_path: Path) -> None:
    target = tmp_path / "canvas.yaml"
    result = run("init", str(target))
    assert result.exit_code == 0, result.output
    assert target.exists()
    check = run("validate", str(target))
    assert check.exit_code == 0, check.output
    assert (
        check.stdout == "1 fichier vérifié\u00a0: tout est valide.\n"
    )  # the starter says language: fr


def test_init_refuses_to_overwrite_with_one_line(run, tmp_path: Path) -> None:
    target = tmp_path / "canvas.yaml"
    target.write_text("keep me\n", encoding="utf-8")
    result = run("init", str(target))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me\n"


def test_init_force_overwrites(run, tmp_path: Path) -> None:
    target = tmp_path / "canvas.yaml"
    target.write_text("old\n", encoding="utf-8")
    result = run("init", str(target), "--force")
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_init_to_stdout_has_modeline_and_a_question_above_each_block(run, lang: str) -> None:
    result = run("init", "-", "--lang", lang, "--title", 'Café "Nord"')
    assert result.exit_code == 0
    text = result.stdout
    lines = text.splitlines()
    assert lines[0].startswith("# yaml-language-server: $schema=")
    loaded = load_bytes(text.encode("utf-8"))
    assert loaded.ok, loaded.problems
    assert loaded.canvas is not None
    assert loaded.canvas.title == 'Café "Nord"'
    assert loaded.canvas.language.value == lang
    assert len(loaded.canvas.segments) == 1
    for block in V.BLOCKS:
        index = lines.index(f"{block.key}: []")
        comments = []
        for line in reversed(lines[:index]):
            if not line.startswith("#"):
                break
            comments.append(line)
        assert any(block.question(lang) in c for c in comments), block.key


def test_init_en_speaks_english(run) -> None:
    text = run("init", "-", "--lang", "en").stdout
    assert V.BLOCK_BY_KEY["touchpoints"].question("en") in text
    assert V.BLOCK_BY_KEY["touchpoints"].question("fr") not in text


def test_init_into_missing_folder_fails_cleanly(run, tmp_path: Path) -> None:
    result = run("init", str(tmp_path / "no" / "such" / "canvas.yaml"))
    assert result.exit_code == 2
    assert result.stderr.startswith("relcanvas: error:")
    assert "Traceback" not in result.output


def test_schema_to_file_and_refusal(run, tmp_path: Path) -> None:
    target = tmp_path / "s.json"
    assert run("schema", "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8") == run("schema").stdout
    again = run("schema", "-o", str(target))
    assert again.exit_code == 2
    assert "already exists" in again.stderr
    assert run("schema", "-o", str(target), "--force").exit_code == 0


def test_version_option(run) -> None:
    from relcanvas import __version__

    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"relcanvas {__version__}"


def test_python_dash_m(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "relcanvas", "validate", "-"],
        input=b"relcanvas: 1\ntitle: t\n",
        capture_output=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"all valid" in done.stdout
