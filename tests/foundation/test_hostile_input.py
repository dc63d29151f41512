"""Issue 13, input side: no traceback, no hang, no leak, bounded time and memory.

Every input is generated here (see hostile_inputs.py), and every check runs the CLI in a
fresh process with a hard timeout and its peak memory read from ``resource``. The bounds
are generous (a machine shared with other jobs); what the tests pin exactly is the code,
the position and the exit code.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from foundation_helpers import MINIMAL, ROOT
from hostile_inputs import (
    BAD_TAGS,
    HEAD,
    Measured,
    bad_tag,
    big_valid_canvas,
    cross_references,
    dangling_references,
    duplicate_keys,
    flow_mapping,
    huge_integer,
    just_under_limits,
    long_list,
    many_keys,
    measure,
)

PEAK_MIB = 200
TIMEOUT = 60.0


def put(folder: Path, name: str, text: str | bytes) -> str:
    path = folder / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return str(path)


def clean(got: Measured) -> None:
    """Exit 0, 1 or 2, no traceback, within the memory bound."""
    assert got.returncode in (0, 1, 2), got.stderr
    assert "Traceback" not in got.stdout + got.stderr
    assert got.peak_mib < PEAK_MIB, f"{got.peak_mib:.0f} MiB"


def lines_of(got: Measured, path: str) -> list[str]:
    return [line.removeprefix(f"{path}:") for line in got.stdout.splitlines() if path in line]


# --- tracebacks ----------------------------------------------------------------------------


@pytest.mark.parametrize("tagged", BAD_TAGS)
def test_core_tag_on_a_value_not_of_its_type_is_rc004(tmp_path: Path, tagged: str) -> None:
    path = put(tmp_path, "c.yaml", bad_tag(tagged))
    got = measure("validate", path)
    clean(got)
    assert got.returncode == 1
    assert lines_of(got, path)[0].startswith("3:10: RC004 "), got.stdout


def test_good_tags_still_read(tmp_path: Path) -> None:
    text = HEAD + "updated: !!timestamp 2026-01-02\nx-a: !!int 12\nx-b: !!float 1.5\n"
    got = measure("validate", put(tmp_path, "c.yaml", text))
    assert got.returncode == 0, got.stdout


def test_huge_integer_is_a_problem_from_every_command(tmp_path: Path) -> None:
    path = put(tmp_path, "c.yaml", huge_integer())
    other = put(tmp_path, "d.yaml", MINIMAL)
    expected = "3:8: RC019 a number of 5,000 digits, more than 4,300"
    for args, code in (
        (("validate", path), 1),
        (("lint", path), 1),
        (("diff", other, path), 2),
        (("render", path, "-o", "-", "--format", "md"), 1),
    ):
        got = measure(*args)
        clean(got)
        assert got.returncode == code, (args, got.stdout, got.stderr)
        assert f"{path}:{expected}" in got.stdout + got.stderr, args


# --- rules on valid content or config ------------------------------------------------------


def test_review_date_in_year_9999_lints(tmp_path: Path) -> None:
    got = measure("lint", put(tmp_path, "c.yaml", HEAD + "updated: 9999-12-31\n"))
    clean(got)
    assert got.returncode == 1  # the usual findings of a bare canvas, and no internal error
    assert "internal error" not in got.stdout and "RC708" not in got.stdout


@pytest.mark.parametrize(
    ("setting", "shown"),
    [
        ("max_age_months = 1000000", "1000000 is out of range (1 to 1200)"),
        ("max_age_months = 12345678901234567890", "is out of range (1 to 1200)"),
        ("max_age_months = -3", "-3 is out of range (1 to 1200)"),
    ],
)
def test_rule_options_out_of_range_exit_2(tmp_path: Path, setting: str, shown: str) -> None:
    config = put(tmp_path, ".relcanvas.toml", f"[options.stale-canvas]\n{setting}\n")
    got = measure("lint", "--config", config, put(tmp_path, "c.yaml", MINIMAL))
    clean(got)
    assert got.returncode == 2
    assert got.stderr.startswith(f"relcanvas: error: {config}: options.RC708.max_age_months: ")
    assert shown in got.stderr and len(got.stderr.splitlines()) == 1


# --- quadratic work ------------------------------------------------------------------------


@pytest.mark.slow
def test_thousands_of_dangling_references_are_quick_and_capped(tmp_path: Path) -> None:
    path = put(tmp_path, "c.yaml", dangling_references(2000))
    got = measure("validate", path, timeout=TIMEOUT)
    clean(got)
    assert got.returncode == 1
    found = lines_of(got, path)
    assert len(found) == 101
    assert all(" RC014 no segment has the id 'gone-" in line for line in found[:100])
    assert "RC019 1,900 more problems not shown" in found[-1]


# --- big files under the size limit --------------------------------------------------------


BIG = {
    "list": (long_list, "a list of more than 10,000 items"),
    "mapping": (many_keys, "a mapping of more than 10,000 keys"),
    "duplicates": (duplicate_keys, "a mapping of more than 10,000 keys"),
    "flow": (flow_mapping, "a mapping of more than 10,000 keys"),
    "cross": (cross_references, "more than 100,000 nodes"),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(BIG))
@pytest.mark.parametrize("command", ["validate", "lint"])
def test_big_files_are_refused_at_a_limit(tmp_path: Path, kind: str, command: str) -> None:
    make, message = BIG[kind]
    text = make()
    assert len(text.encode()) < 5 * 1024 * 1024
    path = put(tmp_path, "c.yaml", text)
    got = measure(command, path, timeout=TIMEOUT)
    clean(got)
    assert got.returncode == 1
    assert len(got.stdout) < 2000, "one line, not one per key"
    (line,) = lines_of(got, path)
    assert " RC019 " in line and message in line, line


@pytest.mark.slow
def test_diff_of_two_big_files_exits_2_quickly(tmp_path: Path) -> None:
    old = put(tmp_path, "a.yaml", many_keys())
    new = put(tmp_path, "b.yaml", many_keys())
    got = measure("diff", old, new, timeout=TIMEOUT)
    clean(got)
    assert got.returncode == 2 and " RC019 " in got.stderr


@pytest.mark.slow
@pytest.mark.parametrize("make", [just_under_limits, big_valid_canvas])
def test_the_largest_files_the_limits_let_through(tmp_path: Path, make) -> None:
    path = put(tmp_path, "c.yaml", make())
    for command in ("validate", "lint"):
        got = measure(command, path, timeout=TIMEOUT)
        clean(got)
        assert got.returncode in (0, 1)
        assert "RC0" not in got.stdout, got.stdout[:500]


def test_limits_can_be_raised_and_lowered(tmp_path: Path) -> None:
    path = put(tmp_path, "c.yaml", HEAD + "x-steps: [a, b, c, d]\n")
    got = measure("validate", "--limit", "items=3", path)
    assert got.returncode == 1
    assert lines_of(got, path) == [
        "3:20: RC019 a list of more than 3 items (raise it with --limit items=N)"
    ]
    got = measure("validate", "--limit", "itmes=3", path)
    assert got.returncode == 2 and "NAME one of bytes, depth" in got.stderr


# --- reading files safely ------------------------------------------------------------------


def test_devices_are_refused_by_every_command(tmp_path: Path) -> None:
    good = put(tmp_path, "c.yaml", MINIMAL)
    for args in (
        ("validate", "/dev/zero"),
        ("lint", "/dev/zero"),
        ("diff", "/dev/zero", good),
        ("render", "/dev/zero", "-o", "-", "--format", "md"),
        ("lint", "--config", "/dev/zero", good),
        ("git-diff", "c.yaml", "/dev/zero", "0" * 40, "100644", good, "0" * 40, "100644"),
    ):
        got = measure(*args, timeout=30)
        clean(got)
        assert got.returncode == 2, args
        assert "/dev/zero: is a device, not a regular file" in got.stderr, args


def test_a_fifo_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "c.yaml"
    os.mkfifo(fifo)
    for args in (("validate", str(fifo)), ("lint", "--config", str(fifo), "-")):
        got = measure(*args, timeout=30, stdin=MINIMAL.encode())
        clean(got)
        assert got.returncode == 2, args
        assert "is a FIFO (named pipe), not a regular file" in got.stderr


def _repository(tmp_path: Path) -> tuple[Path, Path]:
    """A repository with a committed link to a secrets file outside it, and the secret."""
    secret = tmp_path / "secrets.yaml"
    secret.write_text("relcanvas: 1\ntitle: x\nAWS_SECRET_ACCESS_KEY: hunter2\n")
    repo = tmp_path / "repo"
    (repo / "canvases").mkdir(parents=True)
    (repo / "canvases" / "good.yaml").write_text(MINIMAL)
    (repo / "canvases" / "leak.yaml").symlink_to(secret)
    (repo / "canvases" / "zero.yaml").symlink_to("/dev/zero")
    os.mkfifo(repo / "canvases" / "pipe.yaml")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "canvases/good.yaml", "canvases/leak.yaml"], check=True)
    subprocess.run([*git, "commit", "-qm", "c"], check=True)
    return repo, secret


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_walks_skip_links_leading_outside_and_special_files(tmp_path: Path, command: str) -> None:
    repo, _ = _repository(tmp_path)
    got = measure(command, "canvases", cwd=repo, timeout=30)
    clean(got)
    assert got.returncode == (0 if command == "validate" else 1), got.stdout + got.stderr
    assert "Checked 1 file" in got.stdout  # good.yaml, and nothing else
    assert "AWS_SECRET" not in got.stdout + got.stderr
    assert got.stderr.splitlines() == [
        "relcanvas: warning: canvases/leak.yaml: skipped: a symbolic link that leads outside "
        "the repository or folder",
        "relcanvas: warning: canvases/pipe.yaml: skipped: is a FIFO (named pipe), not a "
        "regular file",
        "relcanvas: warning: canvases/zero.yaml: skipped: a symbolic link that leads outside "
        "the repository or folder",
    ]


def test_named_links_and_git_revisions_do_not_leave_the_repository(tmp_path: Path) -> None:
    repo, _ = _repository(tmp_path)
    for args, code in (
        (("validate", "canvases/leak.yaml"), 0),
        (("lint", "canvases/leak.yaml"), 0),
        (("diff", "HEAD", "canvases/leak.yaml"), 2),
    ):
        got = measure(*args, cwd=repo, timeout=30)
        clean(got)
        assert got.returncode == code, (args, got.stdout, got.stderr)
        assert "AWS_SECRET" not in got.stdout + got.stderr
        assert "leak.yaml: skipped: a symbolic link" in got.stderr


def test_git_blobs_are_size_limited_and_links_followed_inside_only(tmp_path: Path) -> None:
    repo, _ = _repository(tmp_path)
    (repo / "canvases" / "big.yaml").write_text(MINIMAL + "x-pad: " + "a" * 1000 + "\n")
    (repo / "canvases" / "inner.yaml").symlink_to("good.yaml")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "add", "canvases"], check=True)
    subprocess.run([*git, "commit", "-qm", "more"], check=True)
    got = measure("diff", "--max-size", "500", "HEAD", "canvases/big.yaml", cwd=repo)
    assert got.returncode == 2
    assert "canvases/big.yaml at HEAD: 1,036 bytes, over the limit of 500 bytes" in got.stderr
    got = measure("diff", "--exit-code", "HEAD", "canvases/inner.yaml", cwd=repo)
    assert got.returncode == 0, got.stderr


def test_stdin_is_read_up_to_the_limit_by_every_command(tmp_path: Path) -> None:
    endless = MINIMAL.encode() + b"x-pad: " + b"a" * (6 * 1024 * 1024) + b"\n"
    for args, code in (
        (("validate", "-"), 1),
        (("lint", "-"), 1),
        (("render", "-", "-o", "-", "--format", "md"), 1),
    ):
        got = measure(*args, stdin=endless, timeout=30)
        clean(got)
        assert got.returncode == code, args
        assert "RC006 input is over the limit of 5,242,880 bytes" in got.stdout + got.stderr


# --- positions -------------------------------------------------------------------------------


def _grep_position(text: str, needle: str) -> str:
    at = text.index(needle)
    line = text.count("\n", 0, at) + 1
    return f"{line}:{at - (text.rfind(chr(10), 0, at) + 1) + 1}"


@pytest.mark.parametrize("brk", ["\r", "\x85", "\u2028"])
def test_line_numbers_count_newlines_only(tmp_path: Path, brk: str) -> None:
    text = f"relcanvas: 1\ntitle: a{brk}segmnts: []\norganisaton: b\n"
    path = put(tmp_path, "c.yaml", text)
    got = measure("validate", path)
    assert got.returncode == 1, got.stdout
    assert [line.split(" ")[0] for line in lines_of(got, path)] == [
        f"{_grep_position(text, 'segmnts')}:",
        f"{_grep_position(text, 'organisaton')}:",
    ]


def test_an_error_at_the_end_of_the_file_is_on_its_last_line(tmp_path: Path) -> None:
    for text, expected in (
        ("relcanvas: 1\nx: [a", "2:6: RC002"),
        ("relcanvas: 1\nx: [a\n", "2:6: RC002"),
    ):
        path = put(tmp_path, "c.yaml", text)
        got = measure("validate", path)
        assert lines_of(got, path)[0].startswith(expected), got.stdout


def test_suppressions_count_lines_as_the_loader_does(tmp_path: Path) -> None:
    text = (
        HEAD + "organization: Atelier\u2028 Nord\nupdated: 2020-01-01  # relcanvas: ignore[RC708]\n"
    )
    got = measure("lint", "--select", "RC708,RC017", put(tmp_path, "c.yaml", text))
    clean(got)
    assert got.returncode == 0, got.stdout


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("relcanvas: 1\ntitle: é\x07\n".encode(), "2:9: RC002 character"),
        (b"relcanvas: 1\ntitle: \xc3\xa9\xff\n", "2:9: RC001 byte 0xFF at offset 22"),
        ("relcanvas: 1\n".encode("utf-32"), "1:1: RC001 file is UTF-32 encoded"),
        ("relcanvas: 1\n".encode("utf-32-le"), "1:1: RC001 file is UTF-32 encoded"),
        ("relcanvas: 1\n".encode("utf-16"), "1:1: RC001 file is UTF-16 encoded"),
    ],
)
def test_columns_count_characters_and_encodings_are_named(
    tmp_path: Path, data: bytes, expected: str
) -> None:
    path = put(tmp_path, "c.yaml", data)
    got = measure("validate", path)
    assert got.returncode == 1
    assert lines_of(got, path)[0].startswith(expected), got.stdout


def test_a_long_value_is_quoted_with_an_ellipsis(tmp_path: Path) -> None:
    text = HEAD + "language: " + "x" * 100_000 + "\n"
    path = put(tmp_path, "c.yaml", text)
    got = measure("validate", path)
    (line,) = lines_of(got, path)
    assert line.startswith("3:11: RC012 language: 'xxxx") and "…'" in line
    assert len(line) < 400


# --- the loader's shape --------------------------------------------------------------------


def test_loader_modules_stay_small() -> None:
    """The loader is split by idea; no module of it over ~400 lines."""
    for name in ("loader", "reading", "safety", "building", "messages", "positions", "limits"):
        lines = (ROOT / "src" / "relcanvas" / f"{name}.py").read_text().count("\n")
        assert lines <= 400, (name, lines)
