"""``relcanvas log`` on a 200-commit history against ``git log -p`` plus one validation per
version (docs/log.md, Performance).

Builds a repository with ``git fast-import`` (the BrightBox example, then 200 commits: level
changes, touchpoint edits, renames, comments only, a file rename at the middle), then times,
interleaved, fresh processes of ``relcanvas log --format json``, ``relcanvas log`` (text),
``git log -p --follow`` on the file and ``relcanvas validate`` of every version written out
as files (one process: the cheapest way to validate each version once). Run it alone:
``.venv/bin/python benchmarks/log_history.py [--commits 200] [--rounds 5]``.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import interleaved

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "brightbox-b2c.en.yaml"
RC = str(Path(sys.executable).parent / "relcanvas")
LEVELS = ("low", "medium", "high")
FREQUENCIES = ("weekly", "monthly", "quarterly", "yearly")


def _edit(text: str, number: int, rng: random.Random) -> str:
    """One commit's edit: mostly strategic, a fifth of them form only."""
    kind = number % 5
    if kind == 0:
        return text.replace("# Example:", f"# Example (rev {number}):", 1) if number else text
    if kind in (1, 2):
        field = rng.choice(("human_contact", "personalization", "automation"))
        lines = text.split("\n")
        spots = [i for i, line in enumerate(lines) if line.strip().startswith(f"{field}:")]
        i = rng.choice(spots)
        lines[i] = f"    {field}: {rng.choice(LEVELS)}"
        return "\n".join(lines)
    if kind == 3:
        lines = text.split("\n")
        spots = [i for i, line in enumerate(lines) if line.startswith("    frequency:")]
        i = rng.choice(spots)
        lines[i] = f"    frequency: {rng.choice(FREQUENCIES)}"
        return "\n".join(lines)
    return text.replace("Monthly churn", "Monthly churn rate", 1).replace(
        "Monthly churn rate rate", "Monthly churn", 1
    )


def build(repo: Path, commits: int, seed: int = 7) -> tuple[Path, list[str]]:
    """The repository and every version's text (to validate them as files)."""
    rng = random.Random(seed)
    text = EXAMPLE.read_text()
    stream: list[bytes] = []
    versions: list[str] = []
    path = "strategy/canvas.yaml"
    for number in range(commits):
        if number:
            text = _edit(text, number, rng)
        versions.append(text)
        data = text.encode()
        renamed = number == commits // 2
        message = f"Commit {number}".encode()
        stream.append(b"commit refs/heads/main\n")
        stream.append(
            f"committer A <a@example.org> {1_700_000_000 + number * 3600} +0000\n".encode()
        )
        stream.append(b"data %d\n%s\n" % (len(message), message))
        if renamed:
            stream.append(f"R {path} strategy/brightbox.canvas.yaml\n".encode())
            path = "strategy/brightbox.canvas.yaml"
        stream.append(f"M 100644 inline {path}\ndata {len(data)}\n".encode() + data + b"\n")
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    subprocess.run(
        ["git", "-C", str(repo), "fast-import", "--quiet"], input=b"".join(stream), check=True
    )
    subprocess.run(["git", "-C", str(repo), "checkout", "-q", "main"], check=True)
    return repo / path, versions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--commits", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        canvas, versions = build(Path(tmp) / "repo", args.commits)
        folder = Path(tmp) / "versions"
        folder.mkdir()
        for i, text in enumerate(versions):
            (folder / f"v{i:04d}.yaml").write_text(text)
        git = ["/usr/bin/git", "-C", str(canvas.parent), "log", "-p", "--follow", "--", canvas.name]
        commands = {
            "relcanvas log --format json": [RC, "log", "--format", "json", str(canvas)],
            "relcanvas log (text)": [RC, "log", str(canvas)],
            "git log -p --follow": git,
            "relcanvas validate (every version)": [RC, "validate", str(folder)],
        }
        timings = interleaved(commands, args.rounds)
    for name, timing in timings.items():
        low, high = timing.spread("wall")
        print(
            f"{name:38} wall {timing.median('wall'):6.2f} s ({low:.2f}-{high:.2f})"
            f"  cpu {timing.median('cpu'):6.2f} s  peak {timing.median('peak_mb'):5.0f} MB"
            f"  exit {sorted(timing.codes)}"
        )
    floor = timings["git log -p --follow"].median("wall") + timings[
        "relcanvas validate (every version)"
    ].median("wall")
    for name in ("relcanvas log --format json", "relcanvas log (text)"):
        ratio = timings[name].median("wall") / floor
        print(f"{name}: {ratio:.2f}x of git log -p + validation of every version (target <= 3x)")


if __name__ == "__main__":
    main()
