"""The checked-in JSON Schema is current, and check-jsonschema agrees with ``validate``."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from foundation_helpers import EXAMPLES, ROOT, SCHEMA, STRUCTURAL, VENV_BIN

ACCEPTED = sorted((Path(__file__).parent / "fixtures" / "accepted").glob("*.yaml"))


def test_checked_in_schema_is_up_to_date(run) -> None:
    generated = run("schema").stdout
    assert SCHEMA.read_text(encoding="utf-8") == generated, (
        "schemas/relcanvas-1.schema.json is stale: run "
        "`relcanvas schema -o schemas/relcanvas-1.schema.json --force`"
    )


def test_every_property_has_a_title_and_a_description() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    models = [schema, *schema["$defs"].values()]
    for model in models:
        for key, prop in model["properties"].items():
            assert prop.get("title") and prop.get("description"), key


@pytest.fixture(scope="module")
def rejected_by_check_jsonschema() -> set[str]:
    """One run of the real check-jsonschema over every file; the names it rejects."""
    exe = VENV_BIN / "check-jsonschema"
    if not exe.exists():
        pytest.fail("check-jsonschema is missing from .venv: install the dev extras")
    files = [*EXAMPLES, *ACCEPTED, *STRUCTURAL]
    done = subprocess.run(
        [str(exe), "-o", "json", "--schemafile", str(SCHEMA), *map(str, files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    report = json.loads(done.stdout)
    assert not report["parse_errors"], report["parse_errors"]
    return {Path(e["filename"]).name for e in report["errors"]}


def test_fixture_sets_are_not_empty() -> None:
    assert len(EXAMPLES) >= 3 and ACCEPTED and len(STRUCTURAL) >= 10


@pytest.mark.parametrize("path", [*EXAMPLES, *ACCEPTED], ids=lambda p: p.name)
def test_valid_files_pass_both(run, rejected_by_check_jsonschema: set[str], path: Path) -> None:
    assert path.name not in rejected_by_check_jsonschema
    assert run("validate", str(path)).exit_code == 0


@pytest.mark.parametrize("path", STRUCTURAL, ids=lambda p: p.name)
def test_structural_fixtures_fail_both(
    run, rejected_by_check_jsonschema: set[str], path: Path
) -> None:
    assert path.name in rejected_by_check_jsonschema
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}:")


def test_examples_start_with_the_modeline() -> None:
    for path in EXAMPLES:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schemas/relcanvas-1.schema.json"


def test_one_example_writes_enums_with_french_labels() -> None:
    text = (ROOT / "examples" / "atelier-nord-b2b.fr.yaml").read_text(encoding="utf-8")
    assert "phase: Avant-vente" in text and "value: Élevé" in text
