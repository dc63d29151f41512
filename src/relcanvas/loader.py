"""YAML bytes to a :class:`~relcanvas.model.Canvas`, with the position of every key and value.

The file is untrusted input, so loading is four steps, each in a module of its own:
reading it safely (:mod:`relcanvas.reading`), refusing what could hurt before anything is
built (:mod:`relcanvas.safety`, with the limits of :mod:`relcanvas.limits`), building plain
values with positions (:mod:`relcanvas.building`), and validating them against the model
with readable messages (:mod:`relcanvas.messages`). Bad content never raises: it is a list
of problems in the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Any

from relcanvas.building import Builder, check_sizes
from relcanvas.diagnostics import Problem, Problems, Refusal
from relcanvas.i18n import msg
from relcanvas.limits import LIMIT_CODE, Limits, quoted
from relcanvas.messages import validate
from relcanvas.model import BLOCK_KEYS, EXTENSION_PREFIX, SUPPORTED_VERSIONS, Canvas
from relcanvas.positions import LineIndex, Positions
from relcanvas.reading import SourceError, TooLarge, read_source
from relcanvas.safety import compose, decode

STDIN_NAME = "<stdin>"
DEFAULTS = Limits()
LISTS = ("authors", "segments", *BLOCK_KEYS, "indicators")
"""The top-level keys that hold lists of entries (the entries limit counts them)."""


@dataclass
class Loaded:
    """The result of loading one file: a canvas, or the problems that prevent one."""

    name: str
    text: str = ""
    data: Any = None
    canvas: Canvas | None = None
    problems: list[Problem] = field(default_factory=list)
    positions: Positions = field(default_factory=Positions)

    @property
    def ok(self) -> bool:
        return self.canvas is not None and not self.problems

    @property
    def language(self) -> str:
        """The language the file says it is written in, or "" (see i18n.language_of)."""
        from relcanvas.i18n import language_of

        return language_of(self.canvas, self.data)


def load_path(
    path: str, limits: Limits = DEFAULTS, root: FsPath | None = None, data: bytes | None = None
) -> Loaded:
    """Load a file (``-`` for stdin). Raises :class:`SourceError` when it cannot be read;
    ``root`` is the folder a symbolic link may not lead out of (default: the repository);
    ``data`` is the file's content when the caller has read it already."""
    name = STDIN_NAME if path == "-" else path
    if data is None:
        try:
            data = read_source(path, limits.max_bytes, root=root)
        except TooLarge as exc:
            return Loaded(name, problems=[_too_large(exc.size, limits)])
    return load_bytes(data, name, limits)


def _too_large(size: int | None, limits: Limits) -> Problem:
    if size is None:
        return Problem("RC006", msg("load.input_too_large", limit=limits.max_bytes))
    return Problem("RC006", msg("load.file_too_large", size=size, limit=limits.max_bytes))


def load_bytes(data: bytes, name: str = STDIN_NAME, limits: Limits = DEFAULTS) -> Loaded:
    """Load a canvas from bytes. Never raises on bad content: problems are in the result."""
    loaded = Loaded(name)
    try:
        if len(data) > limits.max_bytes:
            raise Refusal("RC006", _too_large(len(data), limits).message)
        loaded.text = decode(data)
        index = LineIndex(loaded.text)
        root = compose(loaded.text, limits, index)
        loaded.data = Builder(loaded.positions, index, limits).build(root)
        _check_version(loaded.data, loaded.positions)
        check_sizes(loaded.data, loaded.positions, limits, LISTS)
    except Refusal as refusal:
        loaded.problems.append(refusal.problem)
        return loaded
    except Problems as many:
        loaded.problems.extend(many.problems)
    else:
        loaded.canvas = validate(loaded.data, loaded.positions, loaded.problems)
    loaded.problems = _capped(sorted(loaded.problems, key=lambda p: (p.position, p.code)), limits)
    return loaded


def _capped(problems: list[Problem], limits: Limits) -> list[Problem]:
    """The first problems, then one line that counts the rest (at the first one left out)."""
    if len(problems) <= limits.max_problems:
        return problems
    rest = len(problems) - limits.max_problems
    more = Problem(
        LIMIT_CODE,
        msg("load.more_problems", count=rest, limit=limits.max_problems),
        problems[limits.max_problems].position,
    )
    return [*problems[: limits.max_problems], more]


def _check_version(data: dict[str, Any], positions: Positions) -> None:
    if "relcanvas" not in data:
        raise Refusal(
            "RC013",
            msg("load.no_version"),
            positions.value(()),
        )
    version = data["relcanvas"]
    if version not in SUPPORTED_VERSIONS or isinstance(version, bool):
        readable = ", ".join(str(v) for v in SUPPORTED_VERSIONS)
        raise Refusal(
            "RC010",
            msg("load.bad_version", version=quoted(version), readable=readable),
            positions.value(("relcanvas",)),
        )


def has_version_key(data: bytes) -> bool:
    """True when a YAML file has a top-level ``relcanvas:`` key (directory walks use it)."""
    return re.search(rb"^relcanvas\s*:", data.lstrip(b"\xef\xbb\xbf"), re.MULTILINE) is not None


__all__ = [
    "EXTENSION_PREFIX",
    "STDIN_NAME",
    "Limits",
    "Loaded",
    "Positions",
    "SourceError",
    "has_version_key",
    "load_bytes",
    "load_path",
]
