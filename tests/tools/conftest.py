"""Shared fixtures of the tools tests (fmt, the Python API, git setup, preview)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from click.testing import Result
from typer.testing import CliRunner

from relcanvas.cli import app

Run = Callable[..., Result]


@pytest.fixture
def run() -> Run:
    """``run("fmt", "x.yaml", input=...)``: the CLI in-process, stdout and stderr apart."""
    runner = CliRunner()

    def invoke(*args: str, input: bytes | str | None = None) -> Result:
        return runner.invoke(app, list(args), input=input)

    return invoke
