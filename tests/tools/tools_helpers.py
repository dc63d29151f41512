"""Paths shared by the tools tests (a unique module name: tests/ has no packages)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
SCHEMA = ROOT / "schemas" / "relcanvas-1.schema.json"
VENV_BIN = ROOT / ".venv" / "bin"
FIXTURES = sorted(
    path
    for folder in ("tests/diff/fixtures", "tests/lint/rules/fixtures", "tests/foundation/fixtures")
    for path in (ROOT / folder).rglob("*.yaml")
)
"""Every canvas fixture of the suite, valid or not."""
