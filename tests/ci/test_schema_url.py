"""The ``$schema`` URL ``init`` writes is the file the project publishes, and the local copy
docs/ci.md describes works with a relative modeline."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relcanvas.cli import app
from relcanvas.schema import SCHEMA_URL

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = "https://raw.githubusercontent.com/relcanvas/relcanvas/main/"


def test_init_writes_the_published_schema_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(app, ["init", "canvas.yaml"]).exit_code == 0
    first = (tmp_path / "canvas.yaml").read_text("utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema={SCHEMA_URL}"
    # The URL is the repository's main branch's copy of the checked-in schema file, which
    # `make docs` regenerates and tests/packaging/test_wheel.py holds to `relcanvas schema`.
    assert SCHEMA_URL.startswith(PUBLISHED)
    published = ROOT / SCHEMA_URL.removeprefix(PUBLISHED)
    assert json.loads(published.read_text("utf-8"))["$id"] == SCHEMA_URL
    assert f"$schema={SCHEMA_URL}" in (ROOT / "docs" / "ci.md").read_text("utf-8")


def test_a_local_copy_with_a_relative_modeline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["schema", "-o", "relcanvas.schema.json"]).exit_code == 0
    assert runner.invoke(app, ["init", "canvas.yaml"]).exit_code == 0
    canvas = tmp_path / "canvas.yaml"
    lines = canvas.read_text("utf-8").splitlines(keepends=True)
    canvas.write_text(
        "# yaml-language-server: $schema=./relcanvas.schema.json\n" + "".join(lines[1:])
    )
    tool = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert tool
    checked = subprocess.run(
        [tool, "--schemafile", "relcanvas.schema.json", "canvas.yaml"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert runner.invoke(app, ["validate", "canvas.yaml"]).exit_code == 0
