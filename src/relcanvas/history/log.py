"""The strategy history of a canvas: each commit's strategic changes, or why it has none.

Each blob is parsed and validated once, whatever number of commits name it (a revert, a
file rename, the *after* of one commit being the *before* of the next): versions are cached
by blob id. A commit's changes are those between its blob and its parent's, as ``git log
-p`` shows them; when the parent's version is not a valid canvas, the last valid version
before it stands in, so the walk goes on past a broken commit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from relcanvas.diff import Diff, compare
from relcanvas.diff.git import blank_like
from relcanvas.history.walk import NO_BLOB, Commit, Query, commits, read_blobs
from relcanvas.i18n import Message
from relcanvas.limits import Limits
from relcanvas.loader import DEFAULTS, Loaded, load_bytes
from relcanvas.model import Canvas

Status = Literal["strategic", "form", "invalid", "merge"]


@dataclass(frozen=True)
class Problem:
    """Why a version is not a canvas: the first problem, where it is."""

    line: int
    column: int
    code: str
    message: Message | str
    """Rendered in the reader's language when the log is written."""


@dataclass
class Entry:
    """One commit of the history and what it did to the strategy."""

    commit: Commit
    status: Status
    diff: Diff | None = None
    canvas: Canvas | None = None
    """The version after the commit, when valid (what the timeline plots)."""
    problem: Problem | None = None
    too_large: bool = False

    @property
    def created(self) -> bool:
        """The commit added the file: its changes are the whole canvas."""
        return self.commit.old_blob == NO_BLOB and not self.commit.merge


@dataclass
class History:
    """The entries newest first, as ``git log`` lists them."""

    query: Query
    entries: list[Entry] = field(default_factory=list)
    parsed: int = 0
    """How many blobs were parsed (each once)."""

    def strategic(self) -> list[Entry]:
        return [e for e in self.entries if e.status == "strategic"]

    def quiet(self) -> list[Entry]:
        """Commits without strategic change: only form, or a merge with none of its own."""
        return [e for e in self.entries if e.status in ("form", "merge")]

    def invalid(self) -> list[Entry]:
        return [e for e in self.entries if e.status == "invalid"]

    def latest(self) -> Canvas | None:
        return next((e.canvas for e in self.entries if e.canvas is not None), None)


def history(query: Query, limits: Limits = DEFAULTS, count: int | None = None) -> History:
    """Walk the file's commits (raises :class:`~relcanvas.diff.git.GitError` when git or the
    path fails); ``count`` keeps the newest ``count`` commits with strategic changes."""
    directory, found = commits(query)
    blobs = {b for c in found if not c.link for b in (c.old_blob, c.new_blob)}
    contents, large = read_blobs(directory, blobs, limits.max_bytes)
    versions: dict[str, Loaded] = {}
    result = History(query)

    def version(blob: str) -> Loaded | None:
        if blob == NO_BLOB or blob not in contents:
            return None
        if blob not in versions:
            versions[blob] = load_bytes(contents[blob], f"{blob[:12]}", limits)
            result.parsed += 1
        return versions[blob]

    last_valid: Canvas | None = None
    chronological: list[Entry] = []
    for commit in reversed(found):
        entry, last_valid = _entry(commit, version, large, last_valid)
        chronological.append(entry)
    result.entries = list(reversed(chronological))
    if count is not None:
        result.entries = _newest(result.entries, count)
    return result


def _entry(
    commit: Commit,
    version: Callable[[str], Loaded | None],
    large: set[str],
    last_valid: Canvas | None,
) -> tuple[Entry, Canvas | None]:
    if commit.merge and commit.new_blob == NO_BLOB:
        return Entry(commit, "merge", canvas=last_valid), last_valid
    if commit.link or commit.new_blob in large:
        return Entry(commit, "invalid", too_large=not commit.link), last_valid
    new = version(commit.new_blob)
    if new is None:  # the file was deleted by this commit: every entry removed
        if last_valid is None:
            return Entry(commit, "form"), None
        gone = compare(last_valid, blank_like(last_valid))
        return Entry(commit, "strategic" if gone else "form", gone), None
    if not new.ok or new.canvas is None:
        first = new.problems[0] if new.problems else None
        problem = Problem(first.line, first.column, first.code, first.message) if first else None
        return Entry(commit, "invalid", problem=problem), last_valid
    old = version(commit.old_blob)
    before = old.canvas if old is not None and old.ok and old.canvas is not None else None
    if before is None:
        before = last_valid if commit.old_blob != NO_BLOB else None
    if before is None:
        before = blank_like(new.canvas)
    found = compare(before, new.canvas)
    status: Status = "strategic" if found else "form"
    return Entry(commit, status, found, new.canvas), new.canvas


def _newest(entries: list[Entry], count: int) -> list[Entry]:
    """Entries up to (and including) the ``count``-th strategic one, newest first."""
    kept: list[Entry] = []
    seen = 0
    for entry in entries:
        if seen == count:
            break
        kept.append(entry)
        seen += entry.status == "strategic"
    return kept
