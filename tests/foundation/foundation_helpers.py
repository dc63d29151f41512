"""Constants shared by the foundation tests (a unique module name: tests/ has no packages)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
SCHEMA = ROOT / "schemas" / "relcanvas-1.schema.json"
STRUCTURAL = sorted((Path(__file__).parent / "fixtures" / "structural").glob("*.yaml"))
VENV_BIN = ROOT / ".venv" / "bin"
MINIMAL = "relcanvas: 1\ntitle: Minimal\n"
