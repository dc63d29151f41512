"""Reading a canvas at a git revision, and the arguments git hands to a diff driver.

Revisions are read with git itself (``git show REV:PATH``, no shell), run in the file's own
directory so that the file may sit in any repository, and with the path made relative to
the repository's root with ``git rev-parse --show-prefix``.
"""

from __future__ import annotations

import posixpath
import subprocess
from dataclasses import dataclass
from pathlib import Path

from relcanvas.limits import Limits
from relcanvas.model import BLOCK_KEYS, Canvas

NULL_FILE = "/dev/null"


class GitError(Exception):
    """Git could not give the file: not a repository, unknown revision, path not there."""


def run(directory: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """``git -C DIRECTORY ARGS...``, no shell; :class:`GitError` when git is missing."""
    try:
        return subprocess.run(
            ["git", "-C", str(directory), *args], capture_output=True, check=False
        )
    except FileNotFoundError:
        raise GitError("git is not installed (needed to read revisions)") from None


def first_line(output: bytes) -> str:
    """The first line of git's message, for a one-line error."""
    text = output.decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else "git failed"


def locate(path: str) -> tuple[Path, str]:
    """The directory to run git in, and ``path`` relative to its repository's root."""
    target = Path(path)
    directory = target.parent
    if not directory.is_dir():
        raise GitError(f"{path}: directory {str(directory)!r} does not exist")
    prefix = run(directory, "rev-parse", "--show-prefix")
    if prefix.returncode != 0:
        if b"not a git repository" in prefix.stderr:
            raise GitError(f"{path}: not inside a git repository")
        raise GitError(f"{path}: {first_line(prefix.stderr)}")
    return directory, prefix.stdout.decode().strip() + target.name


def show(revision: str, path: str, limit: int = Limits.max_bytes) -> bytes:
    """The bytes of ``path`` as committed at ``revision`` (at most ``limit`` of them).

    A symbolic link committed at the path is followed inside the repository only: its
    target is read at the same revision, and a link that leads outside is refused.
    """
    directory, inside = locate(path)
    if revision.startswith("-"):
        raise GitError(f"{revision!r} is not a revision")
    verify = run(directory, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if verify.returncode != 0:
        raise GitError(f"unknown revision {revision!r}")
    for _ in range(_MAX_LINKS):
        mode, blob = _entry(directory, revision, inside)
        if mode == "":
            raise GitError(f"{path}: not in revision {revision!r} ({inside} does not exist there)")
        size = int(run(directory, "cat-file", "-s", blob).stdout or b"0")
        if mode != _LINK_MODE and size > limit:
            raise GitError(
                f"{path} at {revision}: {size:,} bytes, over the limit of {limit:,} bytes "
                "(raise it with --max-size)"
            )
        content = run(directory, "cat-file", "blob", blob).stdout
        if mode != _LINK_MODE:
            return content
        inside = posixpath.normpath(posixpath.join(posixpath.dirname(inside), content.decode()))
        if inside.startswith(("../", "/")) or inside == "..":
            raise GitError(
                f"{path}: skipped: a symbolic link at {revision} that leads outside the repository"
            )
    raise GitError(f"{path}: too many symbolic links at {revision}")


_LINK_MODE = "120000"
_MAX_LINKS = 8


def _entry(directory: Path, revision: str, inside: str) -> tuple[str, str]:
    """(mode, blob id) of a repository path at a revision, ("", "") when absent."""
    listed = run(directory, "ls-tree", "-z", "--full-tree", revision, "--", inside)
    head = listed.stdout.split(b"\t", 1)[0].decode() if listed.returncode == 0 else ""
    fields = head.split()
    if len(fields) != 3 or fields[1] != "blob":
        return "", ""
    return fields[0], fields[2]


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
