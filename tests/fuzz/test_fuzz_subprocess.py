"""A few mutated canvases through the real CLI in a subprocess, the git driver included:
what CliRunner could hide (the interpreter's own traceback printing, encodings of the real
stdout, exit codes set by ``sys.exit``) is seen here. Each run has a hard timeout."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fuzz_checks import (
    COMMANDS,
    EXIT_CODES,
    check_no_traceback,
    check_positions,
)
from fuzz_mutations import BASES, EXAMPLES, Case, cases
from fuzz_profile import (
    COLLECT,
    FOUND,
    FUZZ,
    PROFILE,
    RAN,
    SUBPROCESS_CASES,
    record,
    report_counts,
)
from hypothesis import given, settings
from hypothesis import strategies as st

SETTINGS = settings(FUZZ, max_examples=SUBPROCESS_CASES[PROFILE])
BASE = EXAMPLES / sorted(BASES)[0]

_counts = pytest.fixture(scope="module", autouse=True)(report_counts)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("fuzz-subprocess")


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "relcanvas", *argv],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=60,
        env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"},
    )


def test_mutated_canvases_in_a_subprocess(folder: Path) -> None:
    @SETTINGS
    @given(case=cases(), command=st.sampled_from(sorted(COMMANDS)))
    def fuzz(case: Case, command: str) -> None:
        RAN["subprocess"] += 1
        file = folder / "canvas.yaml"
        file.write_bytes(case.data)
        done = _run(*(a.format(file=file, base=BASE) for a in COMMANDS[command]))
        output = done.stdout + done.stderr
        try:
            check_no_traceback(output)
            assert done.returncode in EXIT_CODES, output[-2000:]
            check_positions(command, output, file, case.data)
        except AssertionError as failure:
            if not COLLECT:
                raise
            record("subprocess", command, case.data, str(failure))

    fuzz()
    assert not [kind for kind in FOUND if kind.startswith("subprocess ")]


def test_git_diff_driver_on_mutated_revisions(folder: Path) -> None:
    """git runs the driver on any revision: it shows a diff and exits 0, whatever the file."""

    @SETTINGS
    @given(case=cases(), new_side=st.booleans())
    def fuzz(case: Case, new_side: bool) -> None:
        RAN["subprocess git-diff"] += 1
        file = folder / "revision.yaml"
        file.write_bytes(case.data)
        sides = (str(BASE), str(file)) if new_side else (str(file), str(BASE))
        done = _run(
            "git-diff", "c.canvas.yaml", sides[0], "0" * 40, "100644", sides[1], "1" * 40, "100644"
        )
        try:
            check_no_traceback(done.stdout + done.stderr)
            assert done.returncode == 0, done.stderr[-2000:]
        except AssertionError as failure:
            if not COLLECT:
                raise
            record("git-diff", "git-diff", case.data, str(failure))

    fuzz()
    assert not [kind for kind in FOUND if kind.startswith("git-diff ")]
