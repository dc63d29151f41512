"""``relcanvas fmt``: canonical, idempotent, meaning-preserving, comments kept."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from tools_helpers import EXAMPLES, FIXTURES, ROOT, SCHEMA, VENV_BIN

from relcanvas.formatting import ENTRY_MODELS, VOCABULARY_FIELDS
from relcanvas.loader import load_path
from relcanvas.model import Canvas

ALL = [*EXAMPLES, *FIXTURES]

ALIASES = """\
# yaml-language-server: $schema=../schemas/relcanvas-1.schema.json
# A canvas written with labels and aliases.
title: Aliases   # the title comes before the version here
relcanvas: 1
language: Français
authors:
  - {role: commercial, name: Ana}
segments:
- name: Everyone     # keys out of order
  value: haut
  id: all
touchpoints:
  - name: Hotline
    channel: Téléphone
    phase: SAV
  - name: Demo day
    phase: Avant vente
    channel: carrier pigeon
x-owner: {team: sales}
"""


def _copy(path: Path, folder: Path) -> Path:
    target = folder / path.name
    shutil.copyfile(path, target)
    return target


def _comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


@pytest.mark.parametrize("path", ALL, ids=lambda p: str(p.relative_to(ROOT)))
def test_fmt_keeps_meaning_and_is_idempotent(run, tmp_path: Path, path: Path) -> None:
    original = _copy(path, tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    formatted = _copy(path, work)
    valid = load_path(str(original)).ok
    first = run("fmt", str(formatted))
    if not valid:
        assert first.exit_code == 1, first.output
        assert formatted.read_bytes() == original.read_bytes()
        return
    assert first.exit_code == 0, first.output
    again = run("fmt", "--check", str(formatted))
    assert again.exit_code == 0, again.output
    same = run("diff", "--exit-code", str(original), str(formatted))
    assert same.exit_code == 0, same.output
    assert load_path(str(formatted)).canvas == load_path(str(original)).canvas
    text = formatted.read_text(encoding="utf-8")
    assert _comments(text) == _comments(original.read_text(encoding="utf-8-sig"))


def test_fmt_writes_identifiers_in_the_documented_order(run, tmp_path: Path) -> None:
    path = tmp_path / "canvas.yaml"
    path.write_text(ALIASES, encoding="utf-8")
    result = run("fmt", str(path))
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../schemas/relcanvas-1.schema.json\n"
        "# A canvas written with labels and aliases.\n"
        "relcanvas: 1\n"
        "title: Aliases   # the title comes before the version here\n"
        "language: fr\n"
        "authors:\n"
        "  - {name: Ana, role: sales}\n"
        "segments:\n"
        "  - id: all\n"
        "    name: Everyone   # keys out of order\n"
        "    value: high\n"
        "touchpoints:\n"
        "  - name: Hotline\n"
        "    phase: support\n"
        "    channel: phone\n"
        "  - name: Demo day\n"
        "    phase: pre_sale\n"
        "    channel: carrier pigeon\n"
        "x-owner: {team: sales}\n"
    )


def test_check_reports_and_writes_nothing(run, tmp_path: Path) -> None:
    path = tmp_path / "canvas.yaml"
    path.write_text(ALIASES, encoding="utf-8")
    result = run("fmt", "--check", "--lang", "en", str(path))
    assert result.exit_code == 1
    assert f"Would reformat: {path}" in result.stdout
    assert "1 file would be reformatted, 0 files already formatted." in result.stderr
    assert path.read_text(encoding="utf-8") == ALIASES


def test_diff_prints_a_unified_diff_and_writes_nothing(run, tmp_path: Path) -> None:
    path = tmp_path / "canvas.yaml"
    path.write_text(ALIASES, encoding="utf-8")
    result = run("fmt", "--diff", str(path))
    assert result.exit_code == 1
    assert f"--- {path} (before)" in result.stdout
    assert "-  value: haut\n" in result.stdout and "+    value: high\n" in result.stdout
    assert path.read_text(encoding="utf-8") == ALIASES


def test_messages_follow_the_language(run, tmp_path: Path) -> None:
    path = tmp_path / "canvas.yaml"
    path.write_text(ALIASES, encoding="utf-8")
    result = run("fmt", "--check", str(path))
    assert f"À reformater\u00a0: {path}" in result.stdout  # the canvas is in French
    result = run("fmt", "--check", "--lang", "fr", str(path))
    assert "1 fichier à reformater, 0 fichier déjà formaté." in result.stderr


def test_invalid_canvas_is_reported_and_left_untouched(run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("relcanvas: 1\ntitel: Oops\nlanguage: Anglais\n", encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text("relcanvas: 1\ntitle: Fine\nlanguage: Anglais\n", encoding="utf-8")
    result = run("fmt", "--lang", "en", str(bad), str(good))
    assert result.exit_code == 1
    assert f"{bad}:2:1: RC011" in result.stderr
    assert f"relcanvas: {bad}: not a valid canvas, left as it is" in result.stderr
    assert bad.read_text(encoding="utf-8").endswith("language: Anglais\n")
    assert good.read_text(encoding="utf-8") == "relcanvas: 1\ntitle: Fine\nlanguage: en\n"


def test_paths_default_to_the_current_folder(run, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "deep").mkdir()
    canvas = tmp_path / "deep" / "canvas.yaml"
    canvas.write_text(ALIASES, encoding="utf-8")
    (tmp_path / "ci.yaml").write_text("on: push\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("fmt", "--check")
    assert result.exit_code == 1
    assert "deep/canvas.yaml" in result.stdout and "ci.yaml" not in result.output


def test_stdin_goes_to_stdout(run) -> None:
    result = run("fmt", "-", input=ALIASES)
    assert result.exit_code == 0, result.output
    assert "    value: high\n" in result.stdout


def test_missing_path_is_an_error(run, tmp_path: Path) -> None:
    result = run("fmt", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_formatted_examples_pass_check_jsonschema_and_validate(run, tmp_path: Path) -> None:
    copies = [_copy(path, tmp_path) for path in EXAMPLES]
    assert run("fmt", str(tmp_path)).exit_code == 0
    exe = VENV_BIN / "check-jsonschema"
    schema = tmp_path / "schema.json"
    schema.write_text(run("schema").stdout, encoding="utf-8")
    assert schema.read_text(encoding="utf-8") == SCHEMA.read_text(encoding="utf-8")
    done = subprocess.run(
        [str(exe), "--schemafile", str(schema), *map(str, copies)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert run("validate", *map(str, copies)).exit_code == 0


def test_formatted_values_are_the_schemas_identifiers(run, tmp_path: Path) -> None:
    """After fmt, each vocabulary value is an identifier, not one of the accepted labels."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    path = tmp_path / "canvas.yaml"
    path.write_text(ALIASES, encoding="utf-8")
    run("fmt", str(path))
    text = path.read_text(encoding="utf-8")
    for label in ("haut", "SAV", "Avant vente", "commercial", "Téléphone", "Français"):
        assert label not in text
    assert "sales" in schema["$defs"]["Author"]["properties"]["role"]["anyOf"][0]["enum"]


def _vocabulary_properties() -> set[tuple[str, str]]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    found = set()
    for name, model in [("Canvas", schema), *schema["$defs"].items()]:
        for key, prop in model.get("properties", {}).items():
            choices = [prop, *prop.get("anyOf", [])]
            for choice in choices:
                items = choice.get("items", {})
                if any(part.get("enum") or part.get("examples") for part in (choice, items)):
                    found.add((name, key))
    return found


def test_every_vocabulary_field_is_rewritten() -> None:
    """The table of fields fmt rewrites covers every field whose schema lists spellings."""
    models = {"Canvas": Canvas} | {m.__name__: m for m in ENTRY_MODELS.values()}
    listed = {(m.__name__, key) for m, fields in VOCABULARY_FIELDS.items() for key in fields}
    in_schema = {(n, k) for n, k in _vocabulary_properties() if n in models and k != "relcanvas"}
    assert listed == in_schema


def test_the_pre_commit_hook_runs_fmt() -> None:
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "- id: relcanvas-fmt\n" in hooks and "entry: relcanvas fmt\n" in hooks


def test_a_rewrite_that_would_change_the_canvas_is_refused(run, tmp_path, monkeypatch) -> None:
    """The safety net: the rewritten text must load as the same canvas, or nothing is written."""
    import relcanvas.formatting as formatting

    monkeypatch.setattr(
        formatting, "canonical_text", lambda text: text.replace("Everyone", "Nobody")
    )
    path = tmp_path / "canvas.yaml"
    path.write_text(ALIASES, encoding="utf-8")
    result = run("fmt", "--lang", "en", str(path))
    assert result.exit_code == 1
    assert "cannot be rewritten without changing what it means, left as it is" in result.stderr
    assert path.read_text(encoding="utf-8") == ALIASES


def test_anchors_merges_and_block_text_survive(run, tmp_path: Path) -> None:
    text = (
        "relcanvas: 1\ntitle: M\nx-defaults: &d\n  value: haut\n  name: N\n"
        "segments:\n  - <<: *d\n    id: a\n    notes: |\n      one\n        two\n"
    )
    path = tmp_path / "canvas.yaml"
    path.write_text(text, encoding="utf-8")
    before = load_path(str(path)).canvas
    assert run("fmt", str(path)).exit_code == 0
    assert load_path(str(path)).canvas == before
    assert "<<: " in path.read_text(encoding="utf-8")
    assert "    notes: |\n      one\n        two\n" in path.read_text(encoding="utf-8")
    assert run("fmt", "--check", str(path)).exit_code == 0


def test_a_symbolic_link_is_written_through(run, tmp_path: Path) -> None:
    real = tmp_path / "real.yaml"
    real.write_text(ALIASES, encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    assert run("fmt", str(link)).exit_code == 0
    assert link.is_symlink() and "value: high" in real.read_text(encoding="utf-8")
