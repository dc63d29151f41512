"""``git setup``: make git use relcanvas's diff driver for the canvases of a repository.

Two settings are needed (docs/diff.md): a ``.gitattributes`` line that marks canvases with
``diff=relcanvas`` (committed, shared by everyone), and ``diff.relcanvas.command`` in git's
config (personal: git never takes commands from a cloned repository). Both are checked with
git itself (``git check-attr``, ``git config --get``) before anything is written, so that
running setup twice changes nothing and a user's own patterns or command are kept.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from relcanvas.output import write_atomic

DRIVER = "relcanvas"
CONFIG_KEY = "diff.relcanvas.command"
STANDARD_PATTERNS = ("*.canvas.yaml", "canvas.yaml")
"""Always marked: the name ``init`` gives and the suffix docs/diff.md recommends."""
_SAMPLES = {"*.canvas.yaml": "sample.canvas.yaml", "canvas.yaml": "canvas.yaml"}
"""A path each standard pattern matches, to ask git whether it is already marked."""
HEADER = "# relcanvas: git diff shows what changed in each canvas (relcanvas git setup)"


class GitSetupError(Exception):
    """Git is missing (``git``), the folder is not in a repository and no --global
    (``not_a_repository``), or git refused the setting (``config``): the message id."""


@dataclass
class Outcome:
    """What setup did, for the command to print."""

    attributes: Path | None = None
    """The ``.gitattributes`` written or checked (None outside a repository)."""
    added: list[str] = field(default_factory=list)
    """The lines added to it."""
    scope: str = "local"
    command: str = ""
    """The driver command now configured."""
    command_set: bool = False
    """True when setup wrote it; False when one was already there (kept)."""


def _git(cwd: Path, *args: str) -> str | None:
    """Git's stdout, or None when it fails. Raises GitSetupError when git is missing."""
    try:
        done = subprocess.run(
            ["git", "-C", str(cwd), *args], capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise GitSetupError("git") from None
    return done.stdout if done.returncode == 0 else None


def repository_root(cwd: Path) -> Path | None:
    """The top of the working tree that holds ``cwd``, or None outside a repository."""
    found = _git(cwd, "rev-parse", "--show-toplevel")
    return Path(found.strip()) if found else None


def unmarked(root: Path, paths: Iterable[str]) -> list[str]:
    """The paths (relative to ``root``) that git does not send to the relcanvas driver."""
    wanted = list(paths)
    if not wanted:
        return []
    output = _git(root, "check-attr", "-z", "diff", "--", *wanted) or ""
    parts = output.split("\0")
    marked = {parts[i] for i in range(0, len(parts) - 2, 3) if parts[i + 2] == DRIVER}
    return [p for p in wanted if p not in marked]


def driver_command() -> str:
    """``relcanvas git-diff``, with the full path when ``relcanvas`` on PATH is not this one
    (a virtual environment that is not activated when git runs)."""
    here = Path(sys.executable).parent / "relcanvas"
    found = shutil.which("relcanvas")
    if found and here.exists() and os.path.samefile(found, here):
        return "relcanvas git-diff"
    if here.exists():
        return f"{shlex.quote(str(here))} git-diff"
    return "relcanvas git-diff"


def attribute_line(relative: str) -> str:
    """A ``.gitattributes`` line for one file: glob characters and blanks escaped."""
    escaped = re.sub(r"([*?\[\\])", r"\\\1", relative)
    escaped = re.sub(r"\s", "[[:space:]]", escaped)
    return f"/{escaped} diff={DRIVER}"


def wanted_lines(root: Path, canvases: Iterable[str]) -> list[str]:
    """The lines to add: the standard patterns, then each canvas they do not cover."""
    lines = [
        f"{pattern} diff={DRIVER}"
        for pattern in STANDARD_PATTERNS
        if unmarked(root, [_SAMPLES[pattern]])
    ]
    others = [
        c
        for c in canvases
        if Path(c).name != "canvas.yaml" and not Path(c).name.endswith(".canvas.yaml")
    ]
    lines += [attribute_line(c) for c in unmarked(root, others)]
    return lines


def repository_canvases(root: Path) -> list[str]:
    """The canvases of the working tree, relative to its root, as directory walks find them."""
    from relcanvas.sources import discover

    found = []
    for source in discover([str(root)]):
        if not source.skipped:
            found.append(Path(source.path).relative_to(root).as_posix())
    return found


def setup(cwd: Path, *, global_config: bool = False) -> Outcome:
    """Mark the repository's canvases and configure the driver (see the module's text)."""
    root = repository_root(cwd)
    if root is None and not global_config:
        raise GitSetupError("not_a_repository")
    outcome = Outcome(scope="global" if global_config else "local")
    if root is not None:
        outcome.attributes = root / ".gitattributes"
        outcome.added = wanted_lines(root, repository_canvases(root))
        if outcome.added:
            _append(outcome.attributes, outcome.added)
    scope = "--global" if global_config else "--local"
    where = root or cwd
    current = (_git(where, "config", scope, "--get", CONFIG_KEY) or "").strip()
    if current:
        outcome.command = current
    else:
        outcome.command = driver_command()
        if _git(where, "config", scope, CONFIG_KEY, outcome.command) is None:
            raise GitSetupError("config")
        outcome.command_set = True
    return outcome


def _append(path: Path, lines: list[str]) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if text and not text.endswith("\n"):
        text += "\n"
    if HEADER not in text:
        text += ("\n" if text else "") + HEADER + "\n"
    write_atomic(path, text + "".join(f"{line}\n" for line in lines), force=True)


def needs_setup(path: Path) -> bool:
    """Whether a canvas sits in a repository where git would not use the driver for it
    (``init`` then suggests ``relcanvas git setup``). False outside a repository."""
    try:
        root = repository_root(path.parent)
        if root is None:
            return False
        relative = Path(os.path.realpath(path)).relative_to(Path(os.path.realpath(root)))
        configured = _git(root, "config", "--get", CONFIG_KEY)
        return not configured or bool(unmarked(root, [relative.as_posix()]))
    except (GitSetupError, ValueError):
        return False
