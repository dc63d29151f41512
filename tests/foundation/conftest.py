"""Shared helpers of the foundation tests: run the CLI as a user would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from relcanvas.cli import app

Run = Callable[..., Result]


@pytest.fixture
def run() -> Run:
    """``run("validate", "x.yaml", input=b"...")``: the CLI in-process, stdout and stderr apart."""
    runner = CliRunner()

    def invoke(*args: str, input: bytes | str | None = None) -> Result:
        return runner.invoke(app, list(args), input=input)

    return invoke


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes | str], Path]:
    """Write a file under tmp_path and return its path."""

    def put(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    return put
