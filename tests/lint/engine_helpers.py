"""Throwaway rules for the engine's tests, so they do not depend on the real rule set.

They use the unused RC9xx family and are removed from the registry after each test.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from relcanvas.lint import engine  # noqa: F401  (fills the registry first)
from relcanvas.lint.rule import REGISTRY, Context, Hit, Option, Severity, rule
from relcanvas.model import Canvas

CANVAS = """\
relcanvas: 1
title: Atelier Nord
segments:
  - {id: smb, name: Small businesses}
touchpoints:
  - name: Phone
    phase: support
    channel: phone
  - name: Newsletter
    channel: email
"""
"""Touchpoint channels at 8:14 and 10:14, their entries at 6:5 and 9:5, the key at 5:1."""

_DOC = {
    "rationale": "A rule for the engine's tests.",
    "bad": "relcanvas: 1\ntitle: x\n",
    "good": "relcanvas: 1\ntitle: x\n",
    "source": "format",
}


def _per_touchpoint(canvas: Canvas, context: Context) -> Iterable[Hit]:
    for i, tp in enumerate(canvas.touchpoints):
        if len(tp.name) >= context.options["min_length"]:
            yield Hit(("touchpoints", i, "channel"), f"touchpoint {tp.name!r}")


def _block_key(canvas: Canvas, context: Context) -> Iterable[Hit]:
    yield Hit(("touchpoints",), "touchpoints block", at="key")


def _whole_file(canvas: Canvas, context: Context) -> Iterable[Hit]:
    yield Hit((), "the whole file")


def _crash(canvas: Canvas, context: Context) -> Iterable[Hit]:
    raise RuntimeError("boom")


@contextmanager
def throwaway_rules() -> Iterator[None]:
    """RC901 per touchpoint channel (option min_length), RC902 block key, RC903 file."""
    before = set(REGISTRY)
    try:
        rule(
            code="RC901",
            slug="test-per-touchpoint",
            severity=Severity.WARNING,
            block="touchpoints",
            summary="One hit per touchpoint channel.",
            options=(Option("min_length", 0, "only names at least this long"),),
            aliases=("RC999-old",),
            **_DOC,
        )(_per_touchpoint)
        rule(
            code="RC902",
            slug="test-block-key",
            severity=Severity.ERROR,
            block="touchpoints",
            summary="One hit at the touchpoints key.",
            **_DOC,
        )(_block_key)
        rule(
            code="RC903",
            slug="test-whole-file",
            severity=Severity.INFO,
            block="canvas",
            summary="One hit at the top of the file.",
            **_DOC,
        )(_whole_file)
        yield
    finally:
        for code in set(REGISTRY) - before:
            del REGISTRY[code]


@contextmanager
def crashing_rule() -> Iterator[None]:
    """RC904, whose check raises."""
    rule(
        code="RC904",
        slug="test-crash",
        severity=Severity.INFO,
        block="canvas",
        summary="Raises.",
        **_DOC,
    )(_crash)
    try:
        yield
    finally:
        del REGISTRY["RC904"]
