"""Every refusal of the loader, through the CLI: exit code 1 and the exact ``line:col``."""

from __future__ import annotations

from pathlib import Path

import pytest

from relcanvas.loader import Limits, load_bytes


def only_problem(run, write, content: bytes | str, *extra: str) -> str:
    """Validate one file and return its single problem line, without the path."""
    path = write("canvas.yaml", content)
    result = run("validate", *extra, str(path))
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [line for line in result.stdout.splitlines() if line.startswith(str(path))]
    assert len(lines) == 1, result.stdout
    return lines[0].removeprefix(f"{path}:")


def test_not_utf8_names_offset_and_line(run, write) -> None:
    line = only_problem(run, write, b"relcanvas: 1\ntitle: caf\xe9\n")
    assert line == "2:11: RC001 byte 0xE9 at offset 23 is not UTF-8; save the file as UTF-8"


def test_utf16_is_refused(run, write) -> None:
    line = only_problem(run, write, "relcanvas: 1\ntitle: a\n".encode("utf-16"))
    assert line.startswith("1:1: RC001 ")


def test_bom_and_crlf_are_fine(run, write) -> None:
    path = write("canvas.yaml", b"\xef\xbb\xbfrelcanvas: 1\r\ntitle: Caf\xc3\xa9\r\n")
    assert run("validate", str(path)).exit_code == 0


def test_crlf_positions_stay_right(run, write) -> None:
    line = only_problem(run, write, b"relcanvas: 1\r\ntitle: a\r\n  \r\nsegmnts: []\r\n")
    assert line.startswith("4:1: RC011 unknown key 'segmnts' (did you mean 'segments'?)")


def test_duplicate_key_names_both_lines(run, write) -> None:
    text = "relcanvas: 1\ntitle: a\nsegments:\n  - id: s\n    name: S\n    id: t\n"
    line = only_problem(run, write, text)
    assert line.startswith("6:5: RC003 duplicate key 'id': also defined at line 4")


def test_python_object_tag_runs_nothing(run, write, tmp_path: Path) -> None:
    witness = tmp_path / "pwned"
    text = (
        f'relcanvas: 1\ntitle: a\nx-payload: !!python/object/apply:os.system ["touch {witness}"]\n'
    )
    line = only_problem(run, write, text)
    assert line.startswith("3:12: RC004 tag '!!python/object/apply:os.system' is not allowed")
    assert not witness.exists()


@pytest.mark.parametrize(
    ("value", "tag"),
    [("!!binary aGVsbG8=", "!!binary"), ("!custom thing", "!custom"), ("!!set {a: null}", "!!set")],
)
def test_non_core_tags_are_refused(run, write, value: str, tag: str) -> None:
    line = only_problem(run, write, f"relcanvas: 1\ntitle: {value}\n")
    assert line.startswith(f"2:8: RC004 tag '{tag}' is not allowed")


def alias_bomb(levels: int = 9, width: int = 10) -> str:
    rows = [
        "relcanvas: 1",
        "title: bomb",
        "x-lol:",
        "  l0: &l0 [" + ", ".join(["lol"] * width) + "]",
    ]
    for i in range(1, levels):
        rows.append(f"  l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]")
    return "\n".join(rows) + "\n"


def test_alias_bomb_is_refused_even_under_an_extension_key(run, write) -> None:
    line = only_problem(run, write, alias_bomb())
    assert line.startswith("7:7: RC005 aliases expand the document by more than 100,000 nodes")


def test_moderate_aliases_are_fine(run, write) -> None:
    text = "relcanvas: 1\ntitle: &t Shared\nversion: *t\n"
    path = write("canvas.yaml", text)
    assert run("validate", str(path)).exit_code == 0


def test_self_referencing_anchor_is_refused(run, write) -> None:
    line = only_problem(run, write, "relcanvas: 1\ntitle: a\nx-loop: &me {again: *me}\n")
    assert line.startswith("3:9: RC005 an anchor contains an alias to itself")


def test_oversize_file_default_limit(run, write) -> None:
    filler = "# " + "x" * 98 + "\n"
    text = "relcanvas: 1\ntitle: big\n" + filler * (5 * 1024 * 1024 // 100 + 1)
    line = only_problem(run, write, text)
    assert line.startswith("1:1: RC006 file is ")
    assert "over the limit of 5,242,880 bytes" in line


def test_max_size_option(run, write) -> None:
    line = only_problem(
        run, write, "relcanvas: 1\ntitle: small but not that small\n", "--max-size", "20"
    )
    assert line.startswith("1:1: RC006 ") and "limit of 20 bytes" in line


def test_max_size_on_stdin(run) -> None:
    result = run("validate", "--max-size", "10", "-", input="relcanvas: 1\ntitle: a\n")
    assert result.exit_code == 1
    assert result.stdout.startswith("<stdin>:1:1: RC006 ")


def test_deep_flow_nesting_does_not_crash(run, write) -> None:
    depth = 100_000
    text = "relcanvas: 1\ntitle: deep\nx-deep: " + "[" * depth + "]" * depth + "\n"
    line = only_problem(run, write, text)
    assert line.startswith("3:72: RC007 nesting deeper than 64 levels")


def test_relcanvas_depth_limit_comes_before_libyamls_own(run, write) -> None:
    # libyaml 0.2.6 stops at 1,000 flow levels with a message of its own, after reading
    # ahead of the events it gave: relcanvas's limit, crossed first, is what is reported.
    text = "relcanvas: 1\ntitle: deep\nx-deep:\n" + "- " * 30 + "[" * 2000 + "]" * 2000 + "\n"
    assert only_problem(run, write, text).startswith("4:94: RC007 nesting deeper than 64 levels")
    text = "relcanvas: 1\ntitle: dééép\nx-deep: " + "{a: " * 2000 + "}" * 2000 + "\n"
    assert only_problem(run, write, text).startswith("3:261: RC007 nesting deeper than 64 levels")


def test_a_syntax_error_past_deep_but_allowed_nesting_stays_a_syntax_error(run, write) -> None:
    text = "relcanvas: 1\ntitle: t\nx-a: [" + "a: b, " * 1000 + "\nfoo: ]]]]\n"
    assert only_problem(run, write, text).startswith("4:7: RC002 YAML syntax")


def test_deep_block_nesting_is_refused(run, write) -> None:
    rows = ["relcanvas: 1", "title: deep", "x-deep:"]
    rows += [" " * (i + 1) + f"k{i}:" for i in range(80)]
    line = only_problem(run, write, "\n".join(rows) + " end\n")
    assert line.startswith("67:65: RC007 nesting deeper than 64 levels")


def test_root_not_a_mapping(run, write) -> None:
    assert only_problem(run, write, "- a\n- b\n").startswith("1:1: RC008 ")
    assert only_problem(run, write, "just words\n").startswith("1:1: RC008 ")


@pytest.mark.parametrize("content", ["", "\n\n", "# only a comment\n", "---\n...\n"])
def test_empty_file(run, write, content: str) -> None:
    assert only_problem(run, write, content).startswith("1:1: RC009 file is empty")


def test_unknown_version_says_which_one_is_read(run, write) -> None:
    line = only_problem(run, write, "relcanvas: 2\ntitle: a\n")
    assert line == (
        "1:12: RC010 format version 2 is not supported: this release of relcanvas reads version 1"
    )


def test_syntax_error_points_at_the_line(run, write) -> None:
    line = only_problem(run, write, "relcanvas: 1\ntitle: a\nsegments: [a, b\n")
    # libyaml says line 4 (end of file); the file has 3 lines for grep -n, GitHub, SARIF.
    assert line.startswith("3:16: RC002 YAML syntax")


def test_two_documents_are_refused(run, write) -> None:
    line = only_problem(run, write, "relcanvas: 1\ntitle: a\n---\ntitle: b\n")
    assert line.startswith("3:1: RC002 ") and "more than one YAML document" in line


def test_unknown_nested_key_with_did_you_mean(run, write) -> None:
    text = "relcanvas: 1\ntitle: a\ntouchpoints:\n  - name: A\n    chanel: email\n"
    assert only_problem(run, write, text) == (
        "5:5: RC011 unknown key 'chanel' (did you mean 'channel'?)"
    )


def test_extension_keys_are_kept_and_ignored(run, write) -> None:
    text = (
        "relcanvas: 1\ntitle: a\nx-owner: {team: crm}\nsegments:\n  - {id: s, name: S, x-note: 1}\n"
    )
    loaded = load_bytes(text.encode())
    assert loaded.ok and loaded.canvas is not None
    assert loaded.canvas.extensions == {"x-owner": {"team": "crm"}}
    assert loaded.canvas.segments[0].extensions == {"x-note": 1}


@pytest.mark.parametrize(
    "spelling", ["Avant-vente", "avant vente", "pre-sale", "pre_sale", "PRÉ-SALE", "AVANT_VENTE"]
)
def test_enum_labels_in_any_case_or_accents(spelling: str) -> None:
    text = f"relcanvas: 1\ntitle: a\ntouchpoints:\n  - name: A\n    phase: {spelling}\n"
    loaded = load_bytes(text.encode())
    assert loaded.canvas is not None, loaded.problems
    assert loaded.canvas.touchpoints[0].phase == "pre_sale"


def test_open_vocabularies_normalise_known_values_and_keep_others() -> None:
    text = (
        "relcanvas: 1\ntitle: a\ntouchpoints:\n"
        "  - {name: A, channel: Visio, frequency: deux fois par an}\n"
        "  - {name: B, channel: carrier pigeon, frequency: when it rains}\n"
    )
    loaded = load_bytes(text.encode())
    assert loaded.canvas is not None
    first, second = loaded.canvas.touchpoints
    assert (first.channel, first.frequency) == ("video", "twice_a_year")
    assert (second.channel, second.frequency) == ("carrier pigeon", "when it rains")


def test_unknown_enum_value_points_at_the_value(run, write) -> None:
    text = "relcanvas: 1\ntitle: a\nsegments:\n  - id: s\n    name: S\n    value: hgh\n"
    line = only_problem(run, write, text)
    assert line.startswith("6:12: RC012 value: 'hgh' is not a known level")
    assert "(did you mean 'high'?)" in line


def test_dangling_reference_points_at_the_reference(run, write) -> None:
    text = (
        "relcanvas: 1\ntitle: a\nsegments:\n  - {id: pros, name: Pros}\n"
        "touchpoints:\n  - name: Call\n    segments: [pros, prso]\n"
        "tools:\n  - name: CRM\n    touchpoints: [cal]\n"
    )
    path = write("canvas.yaml", text)
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert (
        f"{path}:7:22: RC014 no segment has the id 'prso' (did you mean 'pros'?)" in result.stdout
    )
    assert (
        f"{path}:10:19: RC014 no touchpoint has the id 'cal' (did you mean 'call'?)"
        in result.stdout
    )


def test_dangling_interaction_segment(run, write) -> None:
    text = "relcanvas: 1\ntitle: a\ninteraction:\n  - segment: ghost\n"
    assert only_problem(run, write, text).startswith("4:14: RC014 no segment has the id 'ghost'")


def test_duplicate_ids_name_the_first(run, write) -> None:
    text = "relcanvas: 1\ntitle: a\nsegments:\n  - {id: s, name: One}\n  - {id: s, name: Two}\n"
    line = only_problem(run, write, text)
    assert line == "5:10: RC015 duplicate segment id 's' (first at line 4)"


def test_derived_duplicate_id_points_at_the_name(run, write) -> None:
    text = "relcanvas: 1\ntitle: a\ntouchpoints:\n  - name: Kick-off\n  - name: kick off\n"
    line = only_problem(run, write, text)
    assert line.startswith("5:11: RC015 duplicate touchpoint id 'kick-off' (derived from the name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("relcanvas: 1\ntitle: a\nupdated: 2026-13-01\n", "3:10: RC012 updated:"),
        ("relcanvas: 1\ntitle: a\nsegments: 3\n", "3:11: RC012 segments: expected a list"),
        (
            "relcanvas: 1\ntitle: a\ntouchpoints:\n  - name: A\n    moment_of_truth: yes\n",
            "5:22: RC012 moment_of_truth: expected true or false",
        ),
        (
            "relcanvas: 1\ntitle: a\ninteraction:\n  - segment: s\n"
            "    types: [self_service, telepathy]\nsegments: [{id: s, name: S}]\n",
            "5:27: RC012 types: 'telepathy' is not a known relationship type",
        ),
        (
            "relcanvas: 1\ntitle: a\nsegments:\n  - id: s\n    name: S\n    value:\n      - high\n",
            "7:7: RC012 value:",
        ),
        ("relcanvas: 1\ntitle: ''\n", "2:8: RC012 title: must not be empty"),
        (
            "relcanvas: 1\ntitle: a\nsegments:\n  - name: S\n",
            "4:5: RC013 segments entry 1: missing required key 'id'",
        ),
        ("relcanvas: 1\n", "1:1: RC013 missing required key 'title'"),
    ],
)
def test_pydantic_errors_point_at_the_offending_value_not_the_parent(
    run, write, text: str, expected: str
) -> None:
    assert only_problem(run, write, text).startswith(expected)


def test_custom_limits_in_the_library() -> None:
    loaded = load_bytes(b"relcanvas: 1\ntitle: a\nx-a: [[[1]]]\n", limits=Limits(max_depth=3))
    assert [p.code for p in loaded.problems] == ["RC007"]


def test_nesting_limit_is_exact(run, write) -> None:
    head = "relcanvas: 1\ntitle: deep\nx-a: "
    ok = write("ok.yaml", head + "[" * 63 + "]" * 63 + "\n")
    assert run("validate", str(ok)).exit_code == 0
    line = only_problem(run, write, head + "[" * 64 + "]" * 64 + "\n")
    assert line.startswith("3:69: RC007 nesting deeper than 64 levels")


def test_nesting_through_an_alias_counts(run, write) -> None:
    text = (
        "relcanvas: 1\ntitle: deep\n"
        "x-a: &a " + "[" * 40 + "]" * 40 + "\n"
        "x-b: " + "[" * 30 + "*a" + "]" * 30 + "\n"
    )
    line = only_problem(run, write, text)
    assert " RC007 nesting deeper than 64 levels" in line


def test_medium_depth_goes_through_the_graph_check(run, write) -> None:
    # Deeper than the limit but under the prescan threshold: refused all the same.
    line = only_problem(run, write, "relcanvas: 1\ntitle: deep\nx-a: " + "[" * 300 + "]" * 300)
    assert line.startswith("3:69: RC007 ")
