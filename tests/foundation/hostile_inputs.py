"""Hostile canvases, generated in a few lines each (never stored), and a measured CLI run.

Shared by ``test_hostile_input.py`` and by ``python tests/foundation/hostile_inputs.py
[FOLDER [CLASS...]]``, which prints the time and peak memory of every class (the numbers in
issue 13's note). For the numbers of another checkout, put its ``src`` first on
``PYTHONPATH``: the command runs as ``python -m relcanvas``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HEAD = "relcanvas: 1\ntitle: Hostile\n"

# A fresh interpreter runs the command and reports its own peak memory, so that one
# measurement never sees another's (ru_maxrss of RUSAGE_CHILDREN is a high-water mark).
_WRAPPER = """
import json, resource, subprocess, sys
try:
    done = subprocess.run(sys.argv[2:], capture_output=True, timeout=float(sys.argv[1]))
except subprocess.TimeoutExpired:
    sys.exit(124)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"rc": done.returncode, "peak_kib": peak, "out_bytes": len(done.stdout),
                  "out": done.stdout.decode("utf-8", "replace")[:200000],
                  "err": done.stderr.decode("utf-8", "replace")[:200000]}))
"""


@dataclass(frozen=True)
class Measured:
    """What a command did: exit code, output, seconds and peak resident memory (MiB)."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_mib: float
    out_bytes: int


def measure(
    *args: str, timeout: float = 60.0, cwd: Path | None = None, stdin: bytes | None = None
) -> Measured:
    """Run ``python -m relcanvas ARGS`` in a fresh process; time and peak memory."""
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, str(timeout), sys.executable, "-m", "relcanvas", *args],
        capture_output=True,
        timeout=timeout + 30,
        cwd=cwd,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )
    seconds = time.monotonic() - start
    if done.returncode == 124:
        raise subprocess.TimeoutExpired(list(args), timeout)
    report = json.loads(done.stdout)
    return Measured(
        report["rc"],
        report["out"],
        report["err"],
        seconds,
        report["peak_kib"] / 1024,
        report["out_bytes"],
    )


# --- the inputs, one function a class ------------------------------------------------------


BAD_TAGS = (
    "!!timestamp not-a-date",
    "!!timestamp 2026-13-45",
    "!!int abc",
    "!!float x",
    "!!bool maybe",
    "!!null nothing",
    "!!binary '%%%'",
    "!!map abc",
    "!!str [a]",
    "!!seq {a: 1}",
)
"""Core tags on values not of their type (``!!binary`` is not read at all)."""


def bad_tag(tagged: str = BAD_TAGS[0]) -> str:
    return HEAD + f"x-value: {tagged}\n"


def huge_integer(digits: int = 5000) -> str:
    return HEAD + "x-big: " + "9" * digits + "\n"


def far_future() -> str:
    return HEAD + "updated: 9999-12-31\n"


def dangling_references(count: int = 2000, segments: int = 500) -> str:
    known = "".join(f"  - {{id: seg-{i:04d}, name: S{i}}}\n" for i in range(segments))
    refs = "".join(f"      - gone-{i:04d}\n" for i in range(count))
    where = "touchpoints:\n  - name: Everywhere\n    segments:\n"
    return HEAD + "segments:\n" + known + where + refs


def long_list(items: int = 1_300_000) -> str:
    return HEAD + "x-list:\n" + "- 0\n" * items


def many_keys(keys: int = 480_000) -> str:
    return HEAD + "x-map:\n" + "".join(f" {i:x}: 0\n" for i in range(keys))


def duplicate_keys(count: int = 600_000) -> str:
    return HEAD + "x-a: 0\n" * count


def flow_mapping(keys: int = 100_000) -> str:
    return HEAD + "x-flow: {" + ", ".join(f"k{i}: {i}" for i in range(keys)) + "}\n"


def cross_references(count: int = 700) -> str:
    ids = [f"s{i}" for i in range(count)]
    segments = "".join(f"  - {{id: {s}, name: Segment {s}}}\n" for s in ids)
    refs = "[" + ", ".join(ids) + "]"
    touchpoints = "".join(
        f"  - {{name: Touchpoint {i}, channel: email, frequency: weekly, proactive: true, "
        f"segments: {refs}}}\n"
        for i in range(count)
    )
    return HEAD + "segments:\n" + segments + "touchpoints:\n" + touchpoints


def just_under_limits(lists: int = 9, items: int = 10_000) -> str:
    """As many nodes as the default limits let through, the worst a file may cost."""
    row = "[" + ",".join(["0"] * items) + "]"
    return HEAD + "".join(f"x-{i}: {row}\n" for i in range(lists))


def big_valid_canvas(segments: int = 100, touchpoints: int = 1000, refs: int = 19) -> str:
    """A canvas as large as the limits allow in every block that rules compare."""
    ids = [f"s{i}" for i in range(segments)]
    text = HEAD + "segments:\n" + "".join(f"  - {{id: {s}, name: Segment {s}}}\n" for s in ids)
    text += "touchpoints:\n" + "".join(
        f"  - {{name: Touchpoint {i}, channel: email, frequency: weekly, proactive: true, "
        f"phase: support, segments: [{', '.join(ids[i % segments :][:refs])}]}}\n"
        for i in range(touchpoints)
    )
    text += "tools:\n" + "".join(
        f"  - {{name: Tool {i}, kind: crm, touchpoints: [touchpoint-{i}]}}\n" for i in range(1000)
    )
    return text


CLASSES: dict[str, Callable[[], str]] = {
    "timestamp-tag": bad_tag,
    "int-5000-digits": huge_integer,
    "far-future-date": far_future,
    "dangling-2000": dangling_references,
    "list-1.3M": long_list,
    "mapping-480k": many_keys,
    "duplicates-600k": duplicate_keys,
    "flow-1.3MB": flow_mapping,
    "700x700-refs": cross_references,
    "just-under-limits": just_under_limits,
    "big-valid-canvas": big_valid_canvas,
}


def _main(folder: Path, only: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, make in CLASSES.items():
        if only and name not in only:
            continue
        path = folder / f"{name}.yaml"
        path.write_text(make(), encoding="utf-8")
        size = path.stat().st_size
        for command in ("validate", "lint"):
            try:
                got = measure(command, str(path), timeout=120)
                line = (got.stdout + got.stderr).strip().splitlines()
                tail = (line[-1] if line else "")[:90]
                print(
                    f"{name:16} {size:>9,} B {command:8} rc={got.returncode} "
                    f"{got.seconds:6.1f} s {got.peak_mib:6.0f} MiB  "
                    f"{got.out_bytes:>9,} B out  {tail}",
                    flush=True,
                )
            except subprocess.TimeoutExpired:
                print(f"{name:16} {size:>9,} B {command:8} timeout > 120 s", flush=True)


if __name__ == "__main__":
    _main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/hostile"), sys.argv[2:])
