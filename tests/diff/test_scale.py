"""Rename matching stays near-linear: 2,000 entries a side, 400 of them renamed and edited.

Every touchpoint shares its phase and channel (the worst case: one bucket of candidates).
Before the matching was indexed this took 10.5 s and the tie check grew with the square of
the scored pairs; the bound below (CPU time) is generous, and still fails then.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from big_canvases import canvas_pair

CPU_SECONDS = 6.0
"""CPU time of the whole command (a loaded machine stretches wall time, much less this):
about 2 s now, 10 s before."""

CHILD = """
import resource, sys
from relcanvas.cli import main
sys.argv = ["relcanvas", *sys.argv[1:]]
try:
    main()
finally:
    use = resource.getrusage(resource.RUSAGE_SELF)
    print(use.ru_utime + use.ru_stime, use.ru_maxrss, file=sys.stderr)
"""


def _diff(tmp_path: Path, old_text: str, new_text: str) -> dict[str, int]:
    """The diff's entry counts, run as a subprocess with a hard timeout and under 200 MB."""
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(old_text, "utf-8")
    new.write_text(new_text, "utf-8")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "diff", "--format", "json", str(old), str(new)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    seconds, peak_kib = done.stderr.split()[-2:]
    assert float(seconds) < CPU_SECONDS
    assert int(peak_kib) < 200 * 1024
    entries: dict[str, int] = json.loads(done.stdout)["summary"]["entries"]
    return entries


@pytest.mark.slow
def test_diff_of_400_renames_among_2000_entries(tmp_path: Path) -> None:
    entries = _diff(tmp_path, *canvas_pair(entries=2000, renames=400))
    assert entries == {"added": 0, "removed": 0, "renamed": 400, "changed": 400}


@pytest.mark.slow
def test_alike_names_all_against_all_are_bounded(tmp_path: Path) -> None:
    """Names made so that each is a rewording of each: the search gives up (MAX_SCORES) in
    bounded time and reports removed and added entries, not minutes of scoring."""
    entries = _diff(tmp_path, *canvas_pair(entries=2000, renames=400, alike=True))
    assert entries == {"added": 400, "removed": 400, "renamed": 0, "changed": 0}
