"""Segment keys: a short letter per segment, defined once in the segments band and used on
every card and on the map instead of the segment's full name."""

from __future__ import annotations

from relcanvas.model import Canvas


def segment_key(index: int) -> str:
    """A, B, ... Z, then AA, AB...: short enough for a chip on every card."""
    key = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        key = chr(ord("A") + rest) + key
    return key


def segment_keys(canvas: Canvas) -> dict[str, str]:
    """Each segment's key, by segment id, in the canvas's order."""
    return {seg.id: segment_key(i) for i, seg in enumerate(canvas.segments)}
