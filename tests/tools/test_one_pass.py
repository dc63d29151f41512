"""One run of ``validate`` shows structural and reference problems together."""

from __future__ import annotations

from pathlib import Path

from relcanvas.loader import load_bytes

BROKEN = """\
relcanvas: 1
title: Two kinds of problems
segments:
  - id: a
    name: A
    value: enorme
  - id: b
    name: B
  - id: b
    name: B again
  - name: No id, a missing key
interaction:
  - segment: a
  - segment: zz
    typo: 1
  - segment: no-id-a-missing-key
touchpoints:
  - name: Call
    segments: [a, q]
    colour: red
tools:
  - name: CRM
    touchpoints: [call, nope]
"""


def test_validate_reports_every_problem_in_one_run(run, tmp_path: Path) -> None:
    path = tmp_path / "canvas.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 1
    found = [line.removeprefix(f"{path}:").split(" ")[:2] for line in result.stdout.splitlines()]
    assert found[:-1] == [
        ["6:12:", "RC012"],  # enorme
        ["9:9:", "RC015"],  # b twice
        ["11:5:", "RC013"],  # no id
        ["14:14:", "RC014"],  # zz, in an entry with an unknown key
        ["15:5:", "RC011"],  # typo
        ["19:19:", "RC014"],  # q, in an entry with an unknown key
        ["20:5:", "RC011"],  # colour
        ["23:25:", "RC014"],  # nope
    ]


def test_an_entry_that_cannot_be_built_still_lends_its_id() -> None:
    """`segment: no-id-a-missing-key` names the segment whose id is missing: no RC014."""
    loaded = load_bytes(BROKEN.encode())
    messages = [p.text("en") for p in loaded.problems if p.code == "RC014"]
    assert not any("no-id-a-missing-key" in m for m in messages)
    assert not any("'call'" in m or "'a'" in m for m in messages)


def test_a_valid_canvas_is_unchanged_by_it() -> None:
    text = "relcanvas: 1\ntitle: T\nsegments: [{id: a, name: A}]\ninteraction: [{segment: b}]\n"
    loaded = load_bytes(text.encode())
    assert [(p.code, p.line) for p in loaded.problems] == [("RC014", 4)]
