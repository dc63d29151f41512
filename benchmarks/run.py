"""How long a user waits for relcanvas, measured against peer tools in the same run.

``make bench`` (or ``.venv/bin/python benchmarks/run.py``) generates realistic canvases
(benchmarks/generate.py), times fresh processes of relcanvas, yamllint and check-jsonschema
and the floors (``python -c pass``, ``import yaml``, ``yaml.compose`` of the same files),
each group interleaved, and writes ``benchmarks/RESULTS.md`` with every figure, every ratio
and the targets met or missed. About 13 minutes on two cores; ``--quick`` for a try.
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

import generate
import report
import yaml
from timing import Timing, interleaved

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SCHEMA = ROOT / "schemas" / "relcanvas-1.schema.json"
PY, RC, YL, CJ = (
    sys.executable,
    str(BIN / "relcanvas"),
    str(BIN / "yamllint"),
    str(BIN / "check-jsonschema"),
)
COMPOSE = (
    "import sys, pathlib, yaml\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.yaml')):\n"
    "    yaml.compose(p.read_text('utf-8'), Loader=yaml.CSafeLoader)\n"
)


def single_file(path: Path, rounds: int) -> dict[str, Timing]:
    f = str(path)
    return interleaved(
        {
            "python -c pass": [PY, "-c", "pass"],
            "python -c 'import yaml'": [PY, "-c", "import yaml"],
            "relcanvas --version": [RC, "--version"],
            "relcanvas validate FILE": [RC, "validate", f],
            "relcanvas lint FILE": [RC, "lint", "--exit-zero", "--no-cache", f],
            "yamllint -d relaxed FILE": [YL, "-d", "relaxed", f],
            "check-jsonschema FILE": [CJ, "--schemafile", str(SCHEMA), f],
        },
        rounds,
        warmup=1,
    )


WARM = "relcanvas lint DIR, second run (cache)"
JOBS = "relcanvas lint DIR --jobs 2"


def folder(path: Path, rounds: int, files: list[Path]) -> dict[str, Timing]:
    d = str(path)
    one = ["--jobs", "1"] if has_option("--jobs") else []
    cold = ["--no-cache"] if has_option("--no-cache") else []
    commands = {
        "relcanvas validate DIR": [RC, "validate", *one, d],
        "relcanvas lint DIR": [RC, "lint", "--exit-zero", *one, *cold, d],
        "yamllint -d relaxed DIR": [YL, "-d", "relaxed", d],
        "check-jsonschema FILES": [CJ, "--schemafile", str(SCHEMA), *map(str, files)],
        "yaml.compose, one process": [PY, "-c", COMPOSE, d],
    }
    if has_option("--jobs"):
        commands[JOBS] = [RC, "lint", "--exit-zero", *cold, "--jobs", "2", d]
    if cold:
        # The first run of the cache row fills the cache (in a folder of the benchmark's own,
        # set by main); every measured run after it is a second run over unchanged files.
        commands[WARM] = [RC, "lint", "--exit-zero", "--jobs", "1", d]
        subprocess.run(commands[WARM], capture_output=True, check=False)
    # The files were just written and every tool has run in the single-file group: the
    # caches are warm, so no warm-up round (yamllint alone takes half a minute a round).
    return interleaved(commands, rounds, warmup=0)


def many(path: Path, rounds: int) -> dict[str, Timing]:
    d = str(path)
    one = ["--jobs", "1"] if has_option("--jobs") else []
    cold = ["--no-cache"] if has_option("--no-cache") else []
    commands = {
        "relcanvas validate DIR": [RC, "validate", *one, d],
        "relcanvas lint DIR": [RC, "lint", "--exit-zero", *one, *cold, d],
    }
    return interleaved(commands, rounds, warmup=0)


def big_pair(tmp: Path, entries: int) -> tuple[Path, Path]:
    """Two versions of a canvas with ``entries`` touchpoints: renames, edits, moves."""
    old = generate.canvas(11, touchpoints=entries)
    new = generate.canvas(11, touchpoints=entries)
    for i, point in enumerate(new["touchpoints"]):
        if i % 10 == 0:
            point["name"] += " (revu)"
        if i % 7 == 0:
            point["frequency"] = "monthly"
    new["touchpoints"].reverse()
    paths = tmp / "old.yaml", tmp / "new.yaml"
    for data, path in zip((old, new), paths, strict=True):
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return paths


def diff_group(old: Path, new: Path, rounds: int) -> dict[str, Timing]:
    return interleaved(
        {
            "relcanvas diff OLD NEW": [RC, "diff", str(old), str(new)],
            "relcanvas validate OLD NEW": [RC, "validate", str(old), str(new)],
        },
        rounds,
        warmup=1,
    )


def has_option(option: str) -> bool:
    done = subprocess.run([RC, "lint", "--help"], capture_output=True, text=True)
    return option in done.stdout


def compile_bytecode() -> None:
    """Without bytecode on disk every cold run would compile: do it once, as a wheel would."""
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        for folder in {sysconfig.get_paths()["purelib"], str(ROOT / "src")}:
            compileall.compile_dir(folder, quiet=1, workers=0)
        os.environ.pop("PYTHONDONTWRITEBYTECODE")


def cpu(t: dict[str, Timing], name: str) -> float:
    return t[name].median("cpu")


def targets(
    one: dict[str, Timing],
    dir1k: dict[str, Timing],
    dir10k: dict[str, Timing],
    diffs: dict[str, Timing],
) -> list[report.Target]:
    T = report.Target
    lint1 = cpu(one, "relcanvas lint FILE") / cpu(one, "yamllint -d relaxed FILE")
    version = cpu(one, "relcanvas --version") / cpu(one, "python -c 'import yaml'")
    bulk = cpu(dir1k, "yamllint -d relaxed DIR") / cpu(dir1k, "relcanvas lint DIR")
    growth = cpu(dir10k, "relcanvas lint DIR") / cpu(dir1k, "relcanvas lint DIR")
    peak = max(t.median("peak_mb") for t in dir10k.values())
    diff = cpu(diffs, "relcanvas diff OLD NEW") / cpu(diffs, "relcanvas validate OLD NEW")
    found = [
        T("`lint FILE`, cold, CPU vs yamllint", "at most 1.5x", f"{lint1:.2f}x", lint1 <= 1.5),
        T(
            "`--version` vs `python -c 'import yaml'`",
            "at most 2x",
            f"{version:.2f}x",
            version <= 2,
        ),
        T(
            "`lint DIR`, 1,000 canvases, yamllint / relcanvas",
            "at least 15x",
            f"{bulk:.1f}x",
            bulk >= 15,
        ),
    ]
    if JOBS in dir1k:
        fast = dir1k["yamllint -d relaxed DIR"].median("wall") / dir1k[JOBS].median("wall")
        found.append(
            T(
                "`lint DIR --jobs 2`, wall, yamllint / relcanvas",
                "at least 25x",
                f"{fast:.1f}x",
                fast >= 25,
            )
        )
    else:
        found.append(
            T(
                "`lint DIR --jobs 2`",
                "at least 25x faster than yamllint",
                "no `--jobs` option yet",
                None,
            )
        )
    if WARM in dir1k:
        warm = cpu(dir1k, "yamllint -d relaxed DIR") / cpu(dir1k, WARM)
        cold = cpu(dir1k, "relcanvas lint DIR") / cpu(dir1k, WARM)
        found.append(
            T(
                "second `lint DIR` over unchanged files (cache), CPU, yamllint / relcanvas",
                "at least 100x",
                f"{warm:.0f}x ({cold:.1f}x faster than the first run)",
                warm >= 100,
            )
        )
    else:
        found.append(
            T("second `lint DIR` over unchanged files", "at least 100x faster", "no cache", None)
        )
    found += [
        T("`lint` of 10,000 canvases / 1,000", "at most 11x", f"{growth:.1f}x", growth <= 11),
        T(
            "peak memory, `validate` and `lint` of 10,000",
            "under 100 MB",
            f"{peak:.0f} MB",
            peak < 100,
        ),
        T(
            "`diff` of two 2,000-entry canvases / `validate` of both",
            "at most 2x",
            f"{diff:.2f}x",
            diff <= 2,
        ),
    ]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--big-rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="fewer files and rounds")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    args = parser.parse_args()
    for tool in (YL, CJ):
        if not Path(tool).exists():
            print(f"{tool} is missing: install the dev tools (make dev)", file=sys.stderr)
            return 2
    small, large = (100, 1000) if args.quick else (1000, 10_000)
    rounds, big_rounds = (3, 1) if args.quick else (args.rounds, args.big_rounds)
    compile_bytecode()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="relcanvas-bench-") as tmp:
        base = Path(tmp)
        os.environ["RELCANVAS_CACHE_DIR"] = str(base / "cache")  # never the user's own
        files = generate.write(base / "small", small)
        generate.write(base / "large", large)
        old, new = big_pair(base, 2000)
        header = report.machine() + report.versions([[RC], [YL], [CJ]])
        one = single_file(files[0], rounds)
        dir1k = folder(base / "small", rounds, files)
        dir10k = many(base / "large", big_rounds)
        diffs = diff_group(old, new, rounds)
    seconds = time.perf_counter() - started
    groups = [
        report.figures(
            "One canvas, cold process",
            "A generated canvas of 8 touchpoints (about 240 lines).",
            one,
            "yamllint -d relaxed FILE",
        ),
        report.figures(
            f"{small:,} canvases, one directory",
            "Generated canvases, one in four with mistakes to find.",
            dir1k,
            "yamllint -d relaxed DIR",
        ),
        report.figures(
            f"{large:,} canvases, one directory",
            "Time and peak memory as the portfolio grows.",
            dir10k,
            None,
        ),
        report.figures(
            "Diff of two 2,000-touchpoint canvases",
            "One in ten touchpoints renamed, one in seven edited, the order reversed.",
            diffs,
            "relcanvas validate OLD NEW",
        ),
    ]
    report.write(args.out, header, targets(one, dir1k, dir10k, diffs), groups, seconds)
    print(f"wrote {args.out} in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
