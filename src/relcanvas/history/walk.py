"""The commits that touched a canvas, with the blobs before and after each, from git itself.

One ``git log --follow --raw`` lists the commits (following file renames) and, for each,
the blob ids of the file before and after it; one ``git cat-file --batch-check`` sizes the
blobs and one ``git cat-file --batch`` reads those within the size limit. Nothing goes
through a shell, revisions starting with ``-`` are refused, and the path is located with
:func:`relcanvas.diff.git.locate`, as ``relcanvas diff REV PATH`` does.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from relcanvas.diff.git import GitError, first_line, locate, run
from relcanvas.i18n import t

NO_BLOB = "0" * 40
SHORT = 7
"""Digits of a short hash (``--raw`` needs ``--no-abbrev``, which ``%h`` obeys too)."""
LINK_MODE = "120000"
_START = "\x01relcanvas-commit\x02"
_FIELDS = "%x1f".join(("%H", "%aI", "%an", "%P", "%s"))
"""The subject last: whatever it holds, it ends at the NUL that ``-z`` puts after it."""


class WalkError(GitError):
    """A failure of the log's own, as a message id of the ``log`` catalogue section (the
    CLI renders it in the user's language; ``str()`` is the English)."""

    def __init__(self, key: str, **params: str) -> None:
        self.key, self.params = key, params
        super().__init__(t(key, "en", **params))


@dataclass(frozen=True)
class Commit:
    """One commit of the file's history, as git tells it."""

    hash: str
    short: str
    date: str
    """The author date, ISO 8601 (``2026-03-02T10:00:00+01:00``)."""
    author: str
    subject: str
    path: str
    """The file's path in the repository at this commit (it may have been renamed since)."""
    old_blob: str = NO_BLOB
    new_blob: str = NO_BLOB
    link: bool = False
    """The path held a symbolic link at this commit (not read by the log)."""
    merge: bool = False

    @property
    def day(self) -> str:
        return self.date[:10]


@dataclass(frozen=True)
class Query:
    """What to walk: the path, an optional revision range and git's date limits."""

    path: str
    revisions: str | None = None
    since: str | None = None
    until: str | None = None


def commits(query: Query) -> tuple[Path, list[Commit]]:
    """The commits that touched the file, newest first, and the directory git runs in."""
    directory, inside = locate(query.path)
    if Path(query.path).is_dir():
        raise WalkError("log.is_directory", path=query.path)
    args = ["log", "--follow", "--raw", "--no-abbrev", "-z", "--no-color", "--no-ext-diff"]
    args.append(f"--format={_START}{_FIELDS}")
    for option, value in (("--since", query.since), ("--until", query.until)):
        if value is not None:
            if value.startswith("-"):
                raise WalkError("log.not_a_date", value=value)
            args.append(f"{option}={value}")
    if query.revisions is not None:
        if query.revisions.startswith("-"):
            raise WalkError("log.not_a_range", value=query.revisions)
        args.append(query.revisions)
    # Git reads the path relative to the directory it runs in; raw paths are from the root.
    listed = run(directory, *args, "--", Path(query.path).name)
    if listed.returncode != 0:
        message = first_line(listed.stderr)
        unknown = ("unknown revision", "bad revision", "ambiguous argument")
        if query.revisions is not None and any(word in message for word in unknown):
            raise WalkError("log.unknown_range", value=query.revisions)
        raise GitError(f"{query.path}: {message}")
    found = _parse(listed.stdout.decode("utf-8", "replace"), inside)
    if not found and query.revisions is None and query.since is None and query.until is None:
        raise WalkError("log.not_in_history", path=query.path)
    return directory, found


def _parse(output: str, inside: str) -> list[Commit]:
    found: list[Commit] = []
    for record in output.split(_START)[1:]:
        hash_, date, author, parents, rest = record.split("\x1f", 4)
        subject, _, raw = rest.partition("\0")
        merge = len(parents.split()) > 1
        short = hash_[:SHORT]
        parts = [p for p in raw.strip("\n").split("\0") if p.strip("\n")]
        if not parts:
            found.append(Commit(hash_, short, date, author, subject, inside, merge=merge))
            continue
        meta = parts[0].lstrip("\n").lstrip(":").split()
        path = parts[-1] if len(parts) > 1 else inside
        found.append(
            Commit(
                hash_,
                short,
                date,
                author,
                subject,
                path,
                old_blob=meta[2],
                new_blob=meta[3],
                link=LINK_MODE in (meta[0], meta[1]),
                merge=merge,
            )
        )
    return found


def read_blobs(directory: Path, blobs: set[str], limit: int) -> tuple[dict[str, bytes], set[str]]:
    """The content of each blob within ``limit`` bytes, and the ids of those over it."""
    wanted = sorted(b for b in blobs if b != NO_BLOB)
    if not wanted:
        return {}, set()
    sizes = _batch(directory, "--batch-check", wanted)
    large: set[str] = set()
    small: list[str] = []
    for line in sizes.decode().splitlines():
        blob, _, size = line.split(" ", 2)
        (large.add(blob) if int(size) > limit else small.append(blob))
    contents: dict[str, bytes] = {}
    data = _batch(directory, "--batch", small) if small else b""
    at = 0
    for _ in small:
        end = data.index(b"\n", at)
        blob, _, size = data[at:end].decode().split(" ", 2)
        contents[blob] = data[end + 1 : end + 1 + int(size)]
        at = end + 1 + int(size) + 1
    return contents, large


def _batch(directory: Path, mode: str, blobs: list[str]) -> bytes:
    try:
        done = subprocess.run(
            ["git", "-C", str(directory), "cat-file", mode],
            input="".join(f"{b}\n" for b in blobs).encode(),
            capture_output=True,
            check=False,
        )
    except FileNotFoundError:
        raise GitError("git is not installed (needed to read revisions)") from None
    if done.returncode != 0:
        raise GitError(first_line(done.stderr))
    return done.stdout
