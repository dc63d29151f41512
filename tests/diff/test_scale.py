"""Rename matching stays near-linear: 2,000 entries a side, 400 of them renamed and edited.

Every touchpoint shares its phase and channel (the worst case: one bucket of candidates).
Before the matching was indexed this took 10.5 s and the tie check grew with the square of
the scored pairs; the bound below is generous, for a loaded machine, and still fails then.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from big_canvases import canvas_pair

CHILD = """
import resource, sys
from relcanvas.cli import main
sys.argv = ["relcanvas", *sys.argv[1:]]
try:
    main()
finally:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


@pytest.mark.slow
def test_diff_of_400_renames_among_2000_entries(tmp_path: Path) -> None:
    old_text, new_text = canvas_pair(entries=2000, renames=400)
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(old_text, "utf-8")
    new.write_text(new_text, "utf-8")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "diff", "--format", "json", str(old), str(new)],
        capture_output=True,
        text=True,
        timeout=8,
    )
    assert done.returncode == 0, done.stderr
    entries = json.loads(done.stdout)["summary"]["entries"]
    assert entries == {"added": 0, "removed": 0, "renamed": 400, "changed": 400}
    peak_kib = int(done.stderr.strip().splitlines()[-1])
    assert peak_kib < 200 * 1024
