"""Run one rule's check on a canvas written in the test, without the engine.

``lint_one(code, text)`` gives the ``(line, column, message)`` of each hit, placed the way
the engine places it: at the key for ``at="key"``, at the value otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

import relcanvas.lint.rules  # noqa: F401  (fills the registry)
from relcanvas.lint.rule import EXAMPLE_TODAY, REGISTRY, Context
from relcanvas.loader import load_bytes

Found = list[tuple[int, int, str]]


def lint_one(code: str, text: str, today: dt.date = EXAMPLE_TODAY, **options: Any) -> Found:
    rule = REGISTRY[code]
    assert rule.check is not None
    loaded = load_bytes(text.encode(), "test.yaml")
    assert loaded.ok, [f"{p.position}: {p.text()}" for p in loaded.problems]
    assert loaded.canvas is not None
    ctx = Context(options={**rule.option_defaults(), **options}, today=today)
    found = []
    for hit in rule.check(loaded.canvas, ctx):
        where = loaded.positions.key if hit.at == "key" else loaded.positions.value
        pos = where(hit.path)
        found.append((pos.line, pos.column, hit.message.render("en")))
    return found


def where(code: str, text: str, **kwargs: Any) -> list[tuple[int, int]]:
    """Only the positions, for the tests that assert lines and columns."""
    return [(line, col) for line, col, _ in lint_one(code, text, **kwargs)]


@pytest.fixture
def lint() -> Callable[..., Found]:
    return lint_one
