"""The fuzz suite's two hypothesis profiles, and a count of the cases each test ran.

``make test`` runs the short profile (a few hundred cases, seconds); ``make fuzz`` sets
``HYPOTHESIS_PROFILE=fuzz`` for the long one (over 100,000 cases). Both are derandomized:
the same cases in the same order on every run and machine, so a finding replays as is.
With ``FUZZ_REPORT`` set to a file, each test appends ``name count`` to it when done.

The long run collects instead of stopping: a failing case is written to ``$FUZZ_FINDINGS``
(its bytes and its message, once per kind of failure) and the run goes on, so that one
finding does not end a test's 25,500 cases; the test fails at its end if it found any.
The short run stops at the first failure and shrinks it, as hypothesis does.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from hypothesis import HealthCheck, settings

SHORT, LONG = "fuzz-short", "fuzz"
CASES_PER_TEST = {SHORT: 50, LONG: int(os.environ.get("FUZZ_CASES", "25500"))}
"""Cases per in-process property test: four of them make the long profile's 102,000 cases
(``FUZZ_CASES`` changes the long run's number, for a quicker look)."""
SUBPROCESS_CASES = {SHORT: 3, LONG: 150}
"""Cases per test that runs the CLI as a subprocess (a second or so each)."""

settings.register_profile(
    SHORT,
    max_examples=CASES_PER_TEST[SHORT],
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)
settings.register_profile(LONG, settings.get_profile(SHORT), max_examples=CASES_PER_TEST[LONG])

PROFILE = LONG if os.environ.get("HYPOTHESIS_PROFILE") == LONG else SHORT
FUZZ = settings.get_profile(PROFILE)
"""Settings for the fuzz tests only: the rest of the suite keeps hypothesis's defaults."""

RAN: Counter[str] = Counter()


def report_counts() -> Iterator[None]:
    """After a module's tests: append ``name count`` lines to ``$FUZZ_REPORT``, if set."""
    yield
    report = os.environ.get("FUZZ_REPORT")
    if report and RAN:
        with open(report, "a", encoding="utf-8") as out:
            out.writelines(f"{name}\t{count}\n" for name, count in sorted(RAN.items()))
    RAN.clear()


COLLECT = PROFILE == LONG
FOUND: Counter[str] = Counter()


def record(group: str, command: str, data: bytes, message: str) -> None:
    """Keep a failing case of the long run (the first of its kind) and count its kind."""
    kind = re.sub(r"\d+", "N", message.strip().splitlines()[-1] if message.strip() else "?")[:120]
    kind = f"{group} {command}: {kind}"
    FOUND[kind] += 1
    RAN[f"finding: {kind}"] += 1
    folder = os.environ.get("FUZZ_FINDINGS")
    if folder and FOUND[kind] == 1:
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        name = f"{group}-{len(list(out.glob('*.yaml'))):03d}-{os.getpid()}"
        (out / f"{name}.yaml").write_bytes(data)
        (out / f"{name}.txt").write_text(f"{command}\n{message}\n", "utf-8")
