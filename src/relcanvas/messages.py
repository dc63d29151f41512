"""Pydantic's validation errors as short problems at the line of the offending key or value."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from relcanvas.diagnostics import Problem
from relcanvas.i18n import Message, msg
from relcanvas.limits import quoted
from relcanvas.model import Canvas, Path, integrity_problems
from relcanvas.positions import Positions
from relcanvas.references import first_at, reference_problems


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
            message = first_at(issue.message, positions.value(issue.related).line)
        problems.append(Problem(issue.code, message, positions.value(issue.path)))
    return None if problems else canvas


def _problem_from_error(err: Any, positions: Positions) -> Problem:
    loc: Path = tuple(err["loc"])
    kind: str = err["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1])
        allowed = _allowed_keys(loc[:-1])
        hint = difflib.get_close_matches(key[:100], allowed, n=1, cutoff=0.6)
        if hint:
            message = msg("value.unknown_key_hint", key=quoted(key), hint=repr(hint[0]))
        elif allowed:
            message = msg("value.unknown_key_list", key=quoted(key), allowed=", ".join(allowed))
        else:
            message = msg("value.unknown_key", key=quoted(key))
        return Problem("RC011", message, positions.key(loc))
    if kind == "missing":
        named = [p for p in loc[:-1] if isinstance(p, str)]
        key = repr(loc[-1])
        if named and len(loc) > 1 and isinstance(loc[-2], int):
            number = int(loc[-2]) + 1
            message = msg("value.missing_key_in", block=named[-1], number=number, key=key)
        else:
            message = msg("value.missing_key", key=key)
        return Problem("RC013", message, positions.value(loc[:-1]))
    return Problem("RC012", _value_message(err, loc), positions.value(loc))


def _kind_of(value: Any) -> str:
    """What a wrong value is, as a message parameter (an id for the kinds, else the value)."""
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, list):
        return "list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "bool"
    return ""


_TYPE_KINDS = {"list": "list", "dict": "mapping", "bool": "bool", "int": "number"}
_TYPE_KINDS.update(float="number", date="date", datetime="date", NoneType="nothing")
"""The Python type of a value given where a word was expected, as a ``kind.*`` id."""

_EXPECTED = {
    "string_type": "text",
    "bool_type": "true_false",
    "bool_parsing": "true_false",
    "list_type": "list",
    "model_type": "mapping_of_keys",
    "model_attributes_type": "mapping_of_keys",
    "dict_type": "mapping_of_keys",
    "date_type": "date",
    "date_parsing": "date",
    "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date_only",
}


def _value_message(err: Any, loc: Path) -> Message:
    name = next((str(p) for p in reversed(loc) if isinstance(p, str)), "value")
    name = quoted(name)[1:-1] if len(name) > 80 else name
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    if kind in _EXPECTED:
        got = _kind_of(value)
        if got:
            return msg("value.expected_kind", name=name, expected=_EXPECTED[kind], got=got)
        if isinstance(value, int | float):
            number = quoted(value)
            return msg("value.expected_number", name=name, expected=_EXPECTED[kind], got=number)
        return msg("value.expected", name=name, expected=_EXPECTED[kind], got=quoted(value))
    if kind == "string_too_short" or (kind == "too_short" and isinstance(value, str)):
        return msg("value.empty", name=name)
    if kind == "string_pattern_mismatch":
        return msg("value.bad_id", name=name, value=quoted(value))
    if kind == "enum_value" and "vocabulary" in ctx:
        key = "value.unknown_term_hint" if ctx["hint"] else "value.unknown_term"
        params = {k: ctx[k] for k in ("value", "vocabulary", "hint")}
        return Message(key, {"name": name, "expected": ", ".join(ctx["expected"]), **params})
    if kind == "enum_type" and "expected" in ctx:
        expected = ", ".join(ctx["expected"])
        got = _TYPE_KINDS.get(str(ctx["got"]), "other")
        return msg("value.term_type", name=name, expected=expected, got=got)
    message = str(err["msg"]).removeprefix("Value error, ")
    return msg("value.other", name=name, problem=message)


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
