"""Reading untrusted input: every command reads canvases, configs and stdin through here.

A path in a pull request can be anything git can commit: a symbolic link to a secrets file
or to ``/dev/zero``, and in a working copy a FIFO or a device. So only regular files are
read (the type is checked before opening and again on the open file, which is opened
non-blocking so that a FIFO cannot hang), never more than the size limit plus one byte
(``stat`` says 0 bytes for ``/dev/zero`` and for pipes), and a symbolic link is followed
only when it stays inside the repository, or inside the directory being walked.
"""

from __future__ import annotations

import os
import stat
import sys
from functools import lru_cache
from pathlib import Path

from relcanvas.i18n import Message, as_message, msg, t

_CHUNK = 1 << 16


class SourceError(Exception):
    """The input cannot be read: missing, a directory, not a regular file, no permission,
    or a link that leads outside the repository. One line for the user, ``path: message``,
    the message an id rendered by :meth:`text` in the reader's language."""

    def __init__(self, message: Message | str, where: str = "") -> None:
        self.message, self.where = as_message(message), where
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        said = self.message.render(lang)
        return t("common.where", lang, where=self.where, message=said) if self.where else said


class TooLarge(Exception):
    """The input is over the size limit; ``size`` is its size when known (not for streams)."""

    def __init__(self, size: int | None) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def _kind(mode: int) -> Message:
    kinds = (
        (stat.S_ISDIR, "source.directory"),
        (stat.S_ISFIFO, "source.fifo"),
        (stat.S_ISSOCK, "source.socket"),
        (stat.S_ISCHR, "source.device"),
        (stat.S_ISBLK, "source.device"),
    )
    return msg(next((key for test, key in kinds if test(mode)), "source.not_regular"))


@lru_cache(maxsize=256)
def repository_of(folder: str) -> Path | None:
    """The working tree (the nearest folder with a ``.git``) that holds an absolute folder."""
    for candidate in (Path(folder), *Path(folder).parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def leaves(path: str, root: Path | None = None) -> bool:
    """Whether the path goes through a symbolic link that leads outside ``root`` (by
    default the repository that holds it, or its own folder outside any repository)."""
    absolute = Path(os.path.abspath(path))
    real = Path(os.path.realpath(absolute))
    if real == absolute:
        return False
    if root is None:
        root = repository_of(str(absolute.parent)) or absolute.parent
    return not real.is_relative_to(os.path.realpath(root))


def outside_message(path: str) -> str:
    return f"{path}: skipped: {msg('source.outside').render('en')}"


def read_source(path: str, limit: int, *, root: Path | None = None, head: bool = False) -> bytes:
    """The bytes of a regular file, or of stdin for ``-``, at most ``limit``.

    Raises :class:`TooLarge` past the limit (with ``head``, returns the first ``limit``
    bytes instead) and :class:`SourceError` when the path may not or cannot be read.
    """
    if path == "-":
        return _bounded(sys.stdin.buffer.read(limit + 1), limit, None, head)
    if leaves(path, root):
        raise SourceError(outside_message(path))
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise SourceError(_kind(mode), path)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise SourceError(msg("source.no_file"), path) from None
    except OSError as exc:
        raise SourceError(msg("source.cannot_read", error=str(exc.strerror)), path) from None
    with os.fdopen(fd, "rb", buffering=0) as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):  # swapped after the check above
            raise SourceError(_kind(info.st_mode), path)
        if info.st_size > limit and not head:
            raise TooLarge(info.st_size)
        chunks: list[bytes] = []
        wanted = limit + 1
        while wanted > 0 and (chunk := stream.read(min(wanted, _CHUNK))):
            chunks.append(chunk)
            wanted -= len(chunk)
    return _bounded(b"".join(chunks), limit, None, head)


def _bounded(data: bytes, limit: int, size: int | None, head: bool) -> bytes:
    if len(data) <= limit:
        return data
    if head:
        return data[:limit]
    raise TooLarge(size)
