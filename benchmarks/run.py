"""Cold-start timings of ``relcanvas validate`` (and ``lint`` when present) against yamllint.

Each measurement starts a fresh process, as a user or a CI job does, and reports the
median of five runs: on one example, then on 1,000 copies of it in a temporary directory.
Run with ``make bench`` or ``.venv/bin/python benchmarks/run.py [--runs N] [--copies N]``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
EXAMPLE = ROOT / "examples" / "brightbox-b2c.en.yaml"


def cold(command: Sequence[str], runs: int) -> float:
    """Median wall time, in seconds, of ``runs`` fresh processes running ``command``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def has_lint() -> bool:
    done = subprocess.run(
        [str(BIN / "relcanvas"), "lint", "--help"], capture_output=True, check=False
    )
    return done.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=1000)
    args = parser.parse_args()
    relcanvas, yamllint = BIN / "relcanvas", BIN / "yamllint"
    if not yamllint.exists():
        print("yamllint is missing: install the dev extras (make dev)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="relcanvas-bench-") as tmp:
        folder = Path(tmp) / "copies"
        folder.mkdir()
        for i in range(args.copies):
            shutil.copyfile(EXAMPLE, folder / f"canvas-{i:04d}.yaml")
        targets = {"1 file": [str(EXAMPLE)], f"{args.copies:,} files": [str(folder)]}
        tools = {
            "relcanvas validate": [str(relcanvas), "validate"],
            "yamllint": [str(yamllint), "-d", "relaxed"],
        }
        if has_lint():
            tools["relcanvas lint"] = [str(relcanvas), "lint", "--exit-zero"]
        rows = []
        for target, paths in targets.items():
            base = cold([*tools["yamllint"], *paths], args.runs)
            for name, command in tools.items():
                seconds = base if name == "yamllint" else cold([*command, *paths], args.runs)
                rows.append((target, name, seconds, seconds / base))
    print(f"median of {args.runs} cold runs; ratio = time / yamllint time on the same files")
    print(f"{'files':<12} {'command':<20} {'seconds':>9} {'ratio':>7}")
    for target, name, seconds, ratio in rows:
        print(f"{target:<12} {name:<20} {seconds:>9.3f} {ratio:>6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
