"""Writing results: never over an existing file unless asked, never half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from relcanvas.i18n import Message, msg, t


class OutputError(Exception):
    """The output could not be written (exists without --force, unwritable, is the input);
    ``path: message``, the message said by :meth:`text` in the reader's language."""

    def __init__(self, where: Path, message: Message) -> None:
        self.where, self.message = str(where), message
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        return t("common.where", lang, where=self.where, message=self.message.render(lang))


def write_atomic(
    path: str | Path, data: bytes | str, *, force: bool = False, inputs: tuple[str | Path, ...] = ()
) -> None:
    """Write through a temporary file in the same folder, then rename it into place."""
    target = Path(path)
    check_writable(target, force=force, inputs=inputs)
    mode = _mode_for(target)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(target, msg("output.cannot_write", error=str(exc.strerror))) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(target, msg("output.cannot_write", error=str(exc.strerror))) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_writable(
    path: str | Path, *, force: bool = False, inputs: tuple[str | Path, ...] = ()
) -> None:
    """Raise :class:`OutputError` for a path ``write_atomic`` would refuse; callers with slow
    work to do (a PDF) ask first."""
    target = Path(path)
    for source in inputs:
        if str(source) != "-" and _same_file(target, Path(source)):
            raise OutputError(target, msg("output.is_input"))
    if os.path.lexists(target) and not force:
        # A dangling symlink too: whatever sits at the path was put there by someone.
        raise OutputError(target, msg("output.exists"))
    if target.is_dir():
        raise OutputError(target, msg("source.directory"))
    if target.exists() and not target.is_file():
        # Renaming over a device or a FIFO would replace it (as root, /dev/null itself).
        raise OutputError(target, msg("source.not_regular"))


def _mode_for(target: Path) -> int:
    """The mode of the file being replaced, else what ``open`` would give under the umask
    (``mkstemp`` makes 0600 files, which nobody asked for)."""
    try:
        return os.stat(target).st_mode & 0o777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
