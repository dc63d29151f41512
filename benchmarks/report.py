"""Writing benchmarks/RESULTS.md: the machine, the versions, every figure, every target."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from timing import Timing


@dataclass(frozen=True)
class Target:
    """One row of the targets table: what was asked, what was measured, and whether it holds."""

    name: str
    wanted: str
    measured: str
    met: bool | None  # None: could not be measured (the feature does not exist yet)


def machine() -> list[str]:
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [ln for ln in cpuinfo.read_text().splitlines() if ln.startswith("model name")]
        cpu = names[0].split(":", 1)[1].strip() if names else cpu
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        total = meminfo.read_text().splitlines()[0].split()[1]
        memory = f", {int(total) / 1024 / 1024:.0f} GiB"
    system = f"{platform.system()} {platform.machine()}"
    return [
        f"- machine: {system}, {os.cpu_count()} cores ({cpu}){memory}",
        f"- Python {platform.python_version()} ({sys.executable})",
        f"- load average at the start: {', '.join(f'{x:.2f}' for x in os.getloadavg())}",
    ]


def versions(tools: Iterable[Sequence[str]]) -> list[str]:
    import yaml

    lines = [f"- PyYAML {yaml.__version__}, libyaml {_libyaml()}"]
    for command in tools:
        done = subprocess.run([*command, "--version"], capture_output=True, text=True)
        text = (done.stdout or done.stderr).strip().splitlines()
        lines.append(f"- {Path(command[0]).name}: {text[0] if text else 'unknown'}")
    return lines


def _libyaml() -> str:
    try:
        from yaml import _yaml  # type: ignore[attr-defined]

        return str(_yaml.get_version_string())
    except ImportError:
        return "not available"


def figures(title: str, note: str, timings: dict[str, Timing], peer: str | None) -> list[str]:
    """A table of one group: medians, spreads, peak memory, and the ratio to the peer."""
    rows = [
        f"### {title}",
        "",
        note,
        "",
        "| command | CPU median (s) | CPU range | wall median (s) | wall range | peak MB |"
        + (f" CPU vs `{peer}` |" if peer else ""),
        "|---|---|---|---|---|---|" + ("---|" if peer else ""),
    ]
    base = timings[peer].median("cpu") if peer else 0.0
    for name, t in timings.items():
        low, high = t.spread("cpu")
        wlow, whigh = t.spread("wall")
        ratio = f" {t.median('cpu') / base:.2f}x |" if peer and base else ""
        rows.append(
            f"| `{name}` | {t.median('cpu'):.3f} | {low:.3f}-{high:.3f} | "
            f"{t.median('wall'):.3f} | {wlow:.3f}-{whigh:.3f} | {t.median('peak_mb'):.0f} |" + ratio
        )
    runs = {len(t.runs) for t in timings.values()}
    rows += ["", f"Runs per command: {', '.join(map(str, sorted(runs)))}.", ""]
    return rows


def targets_table(targets: Sequence[Target]) -> list[str]:
    rows = ["| target | wanted | measured | result |", "|---|---|---|---|"]
    for t in targets:
        verdict = "not measured" if t.met is None else ("met" if t.met else "**missed**")
        rows.append(f"| {t.name} | {t.wanted} | {t.measured} | {verdict} |")
    return rows


def write(
    path: Path,
    header: Sequence[str],
    targets: Sequence[Target],
    groups: Sequence[Sequence[str]],
    seconds: float,
) -> None:
    """RESULTS.md, written whole each run."""
    today = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` (benchmarks/run.py) on {today}, in {seconds:.0f} s. Each",
        "figure is the median of interleaved runs of fresh processes; CPU time is user +",
        "system time of the process, wall time is what a user waits; ratios compare CPU",
        "medians with the peer measured in the same rounds.",
        "",
        *header,
        "",
        "## Targets",
        "",
        *targets_table(targets),
        "",
        "## Figures",
        "",
    ]
    for group in groups:
        lines += group
    notes = path.with_name("NOTES.md")  # the profile behind the figures, kept by hand
    if notes.exists():
        lines += ["", notes.read_text("utf-8").rstrip()]
    path.write_text("\n".join(lines).rstrip() + "\n", "utf-8")
