"""Timing whole processes: wall time, CPU time and peak memory of each run, interleaved.

The machines are shared and noisy, so every command of a group runs once per round, in
turn, for several rounds after a warm-up round; the medians of those interleaved runs are
compared only with peers measured in the same rounds. CPU time (user + system of the command,
from ``os.wait4``) is reported beside wall time, being far less disturbed by other load.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_mb: float
    code: int


@dataclass
class Timing:
    """Every run of one command."""

    name: str
    runs: list[Run] = field(default_factory=list)

    def median(self, what: str) -> float:
        return statistics.median(getattr(r, what) for r in self.runs)

    def spread(self, what: str) -> tuple[float, float]:
        values = [getattr(r, what) for r in self.runs]
        return min(values), max(values)

    @property
    def codes(self) -> set[int]:
        return {r.code for r in self.runs}


LAUNCHER = """
import os, sys, time
null = [(os.POSIX_SPAWN_OPEN, fd, os.devnull, os.O_WRONLY, 0) for fd in (1, 2)]
start = time.perf_counter()
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ, file_actions=null)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
code = os.waitstatus_to_exitcode(status)
print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code)
"""
"""Runs one command and prints its wall time, CPU time, peak RSS (KB) and exit code.

Linux charges a child with the peak memory of the process it was forked from, so the
command is started by this small launcher (``python -S``, about 9 MB) rather than by the
benchmark itself (over 40 MB): peak memory is then the command's own, above that floor.
"""


def run_once(command: Sequence[str], env: Mapping[str, str] | None = None) -> Run:
    """One fresh process: its wall time, CPU time and peak resident memory."""
    launcher = [sys.executable, "-S", "-c", LAUNCHER, *command]
    done = subprocess.run(launcher, capture_output=True, text=True, env=env, check=True)
    wall, cpu, peak_kb, code = done.stdout.split()
    return Run(wall=float(wall), cpu=float(cpu), peak_mb=int(peak_kb) / 1024, code=int(code))


def interleaved(
    commands: Mapping[str, Sequence[str]],
    rounds: int,
    warmup: int = 1,
    env: Mapping[str, str] | None = None,
) -> dict[str, Timing]:
    """Each command once per round, in turn; the warm-up rounds are not kept."""
    timings = {name: Timing(name) for name in commands}
    for number in range(warmup + rounds):
        for name, command in commands.items():
            result = run_once(command, env)
            if number >= warmup:
                timings[name].runs.append(result)
    return timings
