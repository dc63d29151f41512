"""Pydantic's validation errors as short problems at the line of the offending key or value."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from relcanvas.diagnostics import Problem
from relcanvas.limits import quoted
from relcanvas.model import Canvas, Path, integrity_problems
from relcanvas.positions import Positions
from relcanvas.references import reference_problems


def validate(data: Any, positions: Positions, problems: list[Problem]) -> Canvas | None:
    """The canvas, or None with the problems added: types first, then whole-file checks."""
    try:
        canvas = Canvas.model_validate(data)
    except ValidationError as exc:
        problems.extend(_problem_from_error(err, positions) for err in exc.errors())
        problems.extend(reference_problems(data, positions))  # one pass: references too
        return None
    for issue in integrity_problems(canvas):
        message = issue.message
        if issue.related is not None:
            message += f" (first at line {positions.value(issue.related).line})"
        problems.append(Problem(issue.code, message, positions.value(issue.path)))
    return None if problems else canvas


def _problem_from_error(err: Any, positions: Positions) -> Problem:
    loc: Path = tuple(err["loc"])
    kind: str = err["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1])
        allowed = _allowed_keys(loc[:-1])
        hint = difflib.get_close_matches(key[:100], allowed, n=1, cutoff=0.6)
        message = f"unknown key {quoted(key)}"
        if hint:
            message += f" (did you mean {hint[0]!r}?)"
        elif allowed:
            message += f"; expected one of {', '.join(allowed)}, or an x- extension key"
        return Problem("RC011", message, positions.key(loc))
    if kind == "missing":
        where = _describe(loc[:-1])
        return Problem(
            "RC013", f"{where}missing required key {loc[-1]!r}", positions.value(loc[:-1])
        )
    return Problem("RC012", _value_message(err, loc), positions.value(loc))


def _describe(loc: Path) -> str:
    named = [p for p in loc if isinstance(p, str)]
    if not named:
        return ""
    if isinstance(loc[-1], int):
        return f"{named[-1]} entry {loc[-1] + 1}: "
    return ""


def _kind_of(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {quoted(value)}"
    return quoted(value)


_EXPECTED = {
    "string_type": "text",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
    "model_type": "a mapping of keys",
    "model_attributes_type": "a mapping of keys",
    "dict_type": "a mapping of keys",
    "date_type": "a date (YYYY-MM-DD)",
    "date_parsing": "a date (YYYY-MM-DD)",
    "date_from_datetime_parsing": "a date (YYYY-MM-DD)",
    "date_from_datetime_inexact": "a date without a time (YYYY-MM-DD)",
}


def _value_message(err: Any, loc: Path) -> str:
    name = next((str(p) for p in reversed(loc) if isinstance(p, str)), "value")
    name = quoted(name)[1:-1] if len(name) > 80 else name
    kind = err["type"]
    if kind in _EXPECTED:
        return f"{name}: expected {_EXPECTED[kind]}, got {_kind_of(err.get('input'))}"
    if kind == "string_too_short" or (kind == "too_short" and isinstance(err.get("input"), str)):
        return f"{name}: must not be empty"
    if kind == "string_pattern_mismatch":
        return (
            f"{name}: {quoted(err.get('input'))} is not a valid id (letters, digits, '-', '_' "
            "and '.', starting with a letter or digit)"
        )
    message = str(err["msg"]).removeprefix("Value error, ")
    return f"{name}: {message}"


def _allowed_keys(loc: Path) -> list[str]:
    model: type[BaseModel] | None = Canvas
    for part in loc:
        if isinstance(part, int) or model is None:
            continue
        info = model.model_fields.get(part)
        model = _model_in(info.annotation) if info else None
    return list(model.model_fields) if model else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found:
                return found
    return None
