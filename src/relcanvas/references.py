"""References and ids checked on a file that does not validate, so one run shows every problem.

When the model cannot be built (an unknown key, a bad value), the whole-file checks of
:func:`relcanvas.model.integrity_problems` (dangling references RC014, repeated ids RC015)
still run, on the entries that can be built one by one, if need be without their wrong
keys. An entry that cannot be built even so still lends its id (as written, or derived
from its name) so that references to it are not reported as dangling: its own problem is
already reported.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from relcanvas.diagnostics import Problem
from relcanvas.i18n import Message
from relcanvas.model import (
    Canvas,
    CanvasModel,
    Evolution,
    Interaction,
    Involvement,
    Loyalty,
    Path,
    Segment,
    Tool,
    Touchpoint,
    integrity_problems,
    slugify,
)
from relcanvas.positions import Positions

BLOCKS: dict[str, type[CanvasModel]] = {
    "segments": Segment,
    "interaction": Interaction,
    "touchpoints": Touchpoint,
    "tools": Tool,
    "loyalty": Loyalty,
    "involvement": Involvement,
    "evolution": Evolution,
}
"""The lists whose entries hold ids or references (what integrity_problems reads)."""
LENDERS = ("segments", "touchpoints", "tools")
"""The lists whose entries that could not be built still lend their id."""


def reference_problems(data: Any, positions: Positions) -> list[Problem]:
    """RC014 and RC015 problems of a file whose model could not be built as a whole."""
    if not isinstance(data, dict):
        return []
    built: dict[str, Any] = {}
    where: dict[str, list[int]] = {}
    for block, model in BLOCKS.items():
        built[block], where[block] = _entries(data.get(block), model, block in LENDERS)
    canvas = Canvas.model_construct(**built)
    problems = []
    for issue in integrity_problems(canvas):
        message = issue.message
        if issue.related is not None:
            message = first_at(message, positions.value(_mapped(issue.related, where)).line)
        problems.append(Problem(issue.code, message, positions.value(_mapped(issue.path, where))))
    return problems


def first_at(message: Message, line: int) -> Message:
    """The message of a repeated entry, with the line of the first one."""
    return Message(message.key + "_first", {**message.params, "line": line})


def _entries(raw: Any, model: type[CanvasModel], lends: bool) -> tuple[list[Any], list[int]]:
    """The entries of one list that can be built (with their index in the file), and for
    lenders a stand-in carrying the id of each one that cannot."""
    if not isinstance(raw, list):
        return [], []
    entries: list[Any] = []
    indexes: list[int] = []
    for i, item in enumerate(raw):
        entry = _built(item, model)
        if entry is None:
            ident = _raw_id(item) if lends else None
            if ident is None:
                continue
            stand_in: dict[str, Any] = {"id": ident, "name": ""}
            entry = model.model_construct(**stand_in)
        entries.append(entry)
        indexes.append(i)
    return entries, indexes


def _built(item: Any, model: type[CanvasModel]) -> CanvasModel | None:
    """The entry, or the entry without the keys that are wrong (an unknown key, a bad
    value), so that its references are checked too; None when even that fails."""
    try:
        return model.model_validate(item)
    except ValidationError as exc:
        wrong = {err["loc"][0] for err in exc.errors() if err["loc"]}
    if not isinstance(item, dict) or not wrong:
        return None
    try:
        return model.model_validate({k: v for k, v in item.items() if k not in wrong})
    except ValidationError:
        return None


def _raw_id(item: Any) -> str | None:
    """The id an entry that failed to build claims: written, or derived from its name."""
    if not isinstance(item, dict):
        return None
    ident = item.get("id")
    if isinstance(ident, str | int) and not isinstance(ident, bool) and str(ident).strip():
        return str(ident).strip()
    name = item.get("name")
    if isinstance(name, str | int | float) and not isinstance(name, bool):
        return slugify(str(name)) or None
    return None


def _mapped(path: Path, where: dict[str, list[int]]) -> Path:
    """A path into the built lists as a path into the file (entries may have been left out)."""
    if len(path) >= 2 and isinstance(path[0], str) and isinstance(path[1], int):
        indexes = where.get(path[0])
        if indexes is not None and path[1] < len(indexes):
            return (path[0], indexes[path[1]], *path[2:])
    return path
