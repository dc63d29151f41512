"""Which files a command reads: named paths, ``-`` for stdin, and directories walked."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from relcanvas.i18n import msg
from relcanvas.loader import SourceError, has_version_key
from relcanvas.reading import leaves, outside_message, read_source

YAML_SUFFIXES = (".yaml", ".yml")
_SKIP_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__"})
_HEAD_BYTES = 1_000_000
"""How much of a file is read to tell whether it is a canvas (its ``relcanvas:`` key)."""


@dataclass(frozen=True)
class Source:
    """A file to check; ``named`` is False when it was found by walking a directory."""

    path: str
    named: bool = True
    root: Path | None = None
    """The folder a symbolic link may not lead out of (the directory walked), or None for
    the repository that holds the file."""
    skipped: str | None = None
    """Why the file is not read (a link leading outside, not a regular file), for a warning."""
    data: bytes | None = field(default=None, repr=False, compare=False)
    """The whole file when the walk has read it already (to see that it is a canvas), so
    that it is not read twice; None when it was not read or not read whole."""


def discover(paths: Iterable[str], *, skip_non_canvas: bool = False) -> Iterator[Source]:
    """Expand directories (sorted, recursive) into their canvases; keep named files as is.

    A YAML file found by walking is a canvas only when it has a top-level ``relcanvas:``
    key, so that a directory can also hold CI configs and other YAML. With
    ``skip_non_canvas``, named files are sorted the same way: pre-commit names every
    changed YAML file, and only the canvases among them should be checked. A symbolic link
    that leads outside the repository (or the directory walked) comes out as skipped, as
    does a walked file that is not a regular file. Raises :class:`SourceError` for a named
    path that does not exist.
    """
    for raw in paths:
        if raw == "-":
            yield Source("-")
            continue
        path = Path(raw)
        if path.is_symlink() and leaves(raw):
            yield Source(raw, skipped=outside_message(raw))
        elif path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink():
            if not skip_non_canvas or _is_canvas(raw):
                yield Source(raw)
        else:
            raise SourceError(msg("source.no_path"), raw)


def _is_canvas(path: str, root: Path | None = None, *, unreadable: bool = True) -> bool:
    """Whether a YAML file is a canvas; ``unreadable`` is the answer when it cannot be read
    (a named file is kept, so that the loader says why; a walked one is passed over)."""
    try:
        return has_version_key(read_source(path, _HEAD_BYTES, root=root, head=True))
    except SourceError:
        return unreadable


def _walk(root: Path) -> Iterator[Source]:
    top = Path(os.path.realpath(root))
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            if not name.endswith(YAML_SUFFIXES):
                continue
            candidate = str(Path(folder) / name)
            try:
                head = read_source(candidate, _HEAD_BYTES, root=top, head=True)
            except SourceError as exc:
                if not os.path.exists(candidate) and not os.path.islink(candidate):
                    continue  # removed while walking
                yield Source(candidate, named=False, skipped=_skipped(str(exc)))
                continue
            if has_version_key(head):
                whole = head if len(head) < _HEAD_BYTES else None
                yield Source(candidate, named=False, root=top, data=whole)


def _skipped(message: str) -> str:
    return message if ": skipped: " in message else message.replace(": ", ": skipped: ", 1)
