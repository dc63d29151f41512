"""Writing results: never over an existing file unless asked, never half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class OutputError(Exception):
    """The output could not be written (exists without --force, unwritable, is the input)."""


def write_atomic(
    path: str | Path, data: bytes | str, *, force: bool = False, inputs: tuple[str | Path, ...] = ()
) -> None:
    """Write through a temporary file in the same folder, then rename it into place."""
    target = Path(path)
    for source in inputs:
        if str(source) != "-" and _same_file(target, Path(source)):
            raise OutputError(f"{target}: refusing to write over the input file")
    if target.exists() and not force:
        raise OutputError(f"{target}: already exists (use --force to overwrite)")
    if target.is_dir():
        raise OutputError(f"{target}: is a directory")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
