"""Reading a canvas at a git revision, and the arguments git hands to a diff driver.

Revisions are read with git itself (``git show REV:PATH``, no shell), run in the file's own
directory so that the file may sit in any repository, and with the path made relative to
the repository's root with ``git rev-parse --show-prefix``.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from relcanvas.model import BLOCK_KEYS, Canvas

NULL_FILE = "/dev/null"


class GitError(Exception):
    """Git could not give the file: not a repository, unknown revision, path not there."""


def _git(directory: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", "-C", str(directory), *args], capture_output=True, check=False
        )
    except FileNotFoundError:
        raise GitError("git is not installed (needed to read revisions)") from None


def _first_line(output: bytes) -> str:
    text = output.decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else "git failed"


def show(revision: str, path: str) -> bytes:
    """The bytes of ``path`` as committed at ``revision``."""
    target = Path(path)
    directory = target.parent
    if not directory.is_dir():
        raise GitError(f"{path}: directory {str(directory)!r} does not exist")
    prefix = _git(directory, "rev-parse", "--show-prefix")
    if prefix.returncode != 0:
        if b"not a git repository" in prefix.stderr:
            raise GitError(f"{path}: not inside a git repository")
        raise GitError(f"{path}: {_first_line(prefix.stderr)}")
    if revision.startswith("-"):
        raise GitError(f"{revision!r} is not a revision")
    verify = _git(directory, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if verify.returncode != 0:
        raise GitError(f"unknown revision {revision!r}")
    inside = prefix.stdout.decode().strip() + target.name
    found = _git(directory, "show", f"{revision}:{inside}")
    if found.returncode != 0:
        raise GitError(f"{path}: not in revision {revision!r} ({inside} does not exist there)")
    return found.stdout


@dataclass(frozen=True)
class DriverArgs:
    """What git passes to ``diff.<driver>.command``: the path, then two (file, hex, mode)."""

    path: str
    old_file: str
    new_file: str

    @classmethod
    def parse(cls, args: list[str]) -> DriverArgs:
        if len(args) < 7:
            raise ValueError(
                "expected git's 7 arguments: path old-file old-hex old-mode new-file new-hex "
                "new-mode (set this command as diff.relcanvas.command, see docs/diff.md)"
            )
        # With renames git adds the new path and a similarity header after the seven.
        return cls(args[0], args[1], args[4])

    @property
    def created(self) -> bool:
        return self.old_file == NULL_FILE

    @property
    def deleted(self) -> bool:
        return self.new_file == NULL_FILE


def blank_like(canvas: Canvas) -> Canvas:
    """The same header with every list empty: the other side of a created or deleted file."""
    return canvas.model_copy(
        update={key: [] for key in ("authors", "segments", *BLOCK_KEYS, "indicators")}
    )
