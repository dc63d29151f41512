"""Which files a command reads: named paths, ``-`` for stdin, and directories walked."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from relcanvas.loader import SourceError, has_version_key

YAML_SUFFIXES = (".yaml", ".yml")
_SKIP_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__"})


@dataclass(frozen=True)
class Source:
    """A file to check; ``named`` is False when it was found by walking a directory."""

    path: str
    named: bool = True


def discover(paths: Iterable[str], *, skip_non_canvas: bool = False) -> Iterator[Source]:
    """Expand directories (sorted, recursive) into their canvases; keep named files as is.

    A YAML file found by walking is a canvas only when it has a top-level ``relcanvas:``
    key, so that a directory can also hold CI configs and other YAML. With
    ``skip_non_canvas``, named files are sorted the same way: pre-commit names every
    changed YAML file, and only the canvases among them should be checked. Raises
    :class:`SourceError` for a named path that does not exist.
    """
    for raw in paths:
        if raw == "-":
            yield Source("-")
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink():
            if not skip_non_canvas or _is_canvas(path):
                yield Source(raw)
        else:
            raise SourceError(f"{raw}: no such file or directory")


def _is_canvas(path: Path, *, unreadable: bool = True) -> bool:
    """Whether a YAML file is a canvas; ``unreadable`` is the answer when it cannot be read
    (a named file is kept, so that the loader says why; a walked one is passed over)."""
    try:
        return has_version_key(path.read_bytes()[:1_000_000])
    except OSError:
        return unreadable


def _walk(root: Path) -> Iterator[Source]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            if not name.endswith(YAML_SUFFIXES):
                continue
            candidate = Path(folder) / name
            if _is_canvas(candidate, unreadable=False):
                yield Source(str(candidate), named=False)
