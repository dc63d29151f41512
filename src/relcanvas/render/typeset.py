"""French typesetting, as LaTeX's babel-french does it: the writer types a plain space, the
typesetter sets the right one, so that no line starts with ``:`` or ``?`` or ends on ``«``.

Applied to every text a French page shows (the tool's own labels and the canvas's text
alike), in HTML, PDF and Markdown. The tool's own text also gets typographic apostrophes
in every language; the canvas's apostrophes stay as their author typed them. English
keeps English rules.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

NBSP = "\u00a0"
NNBSP = "\u202f"
"""Narrow no-break space, before ``; ? !`` and between groups of digits."""
_SPACE = "[ \t\u00a0\u202f]"
_HIGH = re.compile(f"{_SPACE}+(?=[;?!])")
_COLON = re.compile(f"(?<=\\S){_SPACE}+:(?=\\s|$)")
_OPEN = re.compile(f"«{_SPACE}*")
_CLOSE = re.compile(f"{_SPACE}*»")
UNITS = (
    "[kKMG]?€",
    "%",
    "‰",
    "°C?",
    "[kKMG]?[oB]",
    "[kKMG]?[oO]ctets",
    "[kcm]?m",
    "kg",
    "g",
    "h",
    "min",
    "s",
    "j",
    "jours?",
    "semaines?",
    "mois",
    "ans?",
    "pts?",
    "k",
)
_UNIT = re.compile(f"(?<=\\d){_SPACE}+(?=(?:{'|'.join(UNITS)})(?!\\w))")
_THOUSANDS = re.compile(f"(?<!\\d)\\d{{1,3}}(?:{_SPACE}\\d{{3}})+(?!\\d)")
_SPACES = re.compile(_SPACE)


def typeset(text: str, lang: str, own: bool = False) -> str:
    """``text`` with the spaces (and, for the tool's ``own`` text, apostrophes) of ``lang``."""
    if own:
        text = text.replace("'", "’")
    if lang != "fr":
        return text
    text = _HIGH.sub(NNBSP, text)
    text = _COLON.sub(NBSP + ":", text)
    text = _OPEN.sub("«" + NBSP, text)
    text = _CLOSE.sub(NBSP + "»", text)
    text = _THOUSANDS.sub(lambda m: _SPACES.sub(NNBSP, m.group()), text)
    return _UNIT.sub(NBSP, text)


OWN = {
    ("Area", "title"),
    ("Area", "question"),
    ("Area", "prompts"),
    ("Field", "label"),
    ("ItemList", "label"),
    ("Gauge", "name"),
    ("Gauge", "text"),
    ("Entry", "chips"),
    ("RelationshipMap", "phases"),
}
"""Fields of the view that hold the tool's own words (labels), not the canvas's text."""

T = TypeVar("T")


def typeset_all(value: T, lang: str, own: bool = False) -> T:
    """Every string in a view (dataclasses, tuples), typeset; the tool's own fields as such."""
    result: Any
    if isinstance(value, str):
        result = typeset(value, lang, own)
    elif isinstance(value, tuple):
        result = tuple(typeset_all(v, lang, own) for v in value)
    elif is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        changes = {
            f.name: typeset_all(getattr(value, f.name), lang, (name, f.name) in OWN)
            for f in fields(value)
            if f.init
        }
        result = replace(value, **changes)
    else:
        result = value
    return result  # type: ignore[no-any-return]
