"""Mutated canvases through every command and format, in-process (see fuzz_mutations.py).

Property: exit 0, 1 or 2, no traceback, every reported position inside the file as
``grep -n`` counts lines, whatever the line ends (CR, NEL and LINE SEPARATOR included).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fuzz_checks import COMMANDS, check_positions, run
from fuzz_mutations import BASES, EXAMPLES, Case, cases
from fuzz_profile import COLLECT, FOUND, FUZZ, RAN, record, report_counts
from hypothesis import given
from hypothesis import strategies as st

GROUPS = {
    "validate": ("validate", "validate-json"),
    "lint": ("lint-text", "lint-json", "lint-sarif", "lint-github"),
    "diff": ("diff-text", "diff-markdown", "diff-json"),
    "render": ("render-html", "render-md"),
}


_counts = pytest.fixture(scope="module", autouse=True)(report_counts)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("fuzz")


def _check(group: str, folder: Path, case: Case, command: str) -> None:
    RAN[group] += 1
    file = folder / "canvas.yaml"
    file.write_bytes(case.data)
    try:
        _, output = run(command, file, EXAMPLES / sorted(BASES)[0])
        check_positions(command, output, file, case.data)
    except AssertionError as failure:
        if not COLLECT:
            raise
        record(group, command, case.data, str(failure))


@pytest.mark.parametrize("group", GROUPS)
def test_mutated_canvases(group: str, folder: Path) -> None:
    @FUZZ
    @given(case=cases(), command=st.sampled_from(GROUPS[group]))
    def fuzz(case: Case, command: str) -> None:
        _check(group, folder, case, command)

    fuzz()
    found = [kind for kind in FOUND if kind.startswith(f"{group} ")]
    assert not found, "\n".join(f"{FOUND[k]:>6}  {k}" for k in found)


def test_positions_with_other_line_ends(folder: Path) -> None:
    @FUZZ
    @given(
        case=cases(line_ends=("\r", "\x85", "\u2028")), command=st.sampled_from(sorted(COMMANDS))
    )
    def fuzz(case: Case, command: str) -> None:
        file = folder / "canvas.yaml"
        file.write_bytes(case.data)
        _, output = run(command, file, EXAMPLES / sorted(BASES)[0])
        check_positions(command, output, file, case.data)

    fuzz()
