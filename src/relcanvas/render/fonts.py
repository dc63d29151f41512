"""The fonts the printed canvas is set in, shipped in the package's ``assets/fonts``.

A PDF must not depend on the fonts a machine happens to have, so every face the stylesheet
asks for is declared here once: WeasyPrint gets ``@font-face`` rules for them (fetched
through the package's own URL fetcher), and the layout reads their advance widths. The CSS
family names are relcanvas's own, so a system font of the same name is never picked instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

FOLDER = "fonts"
TEXT_FAMILY = "relcanvas Lato"
SYMBOL_FAMILY = "relcanvas Symbols"
FONT_STACK = f'"{TEXT_FAMILY}", "{SYMBOL_FAMILY}"'
"""The ``font-family`` of printed pages: Lato for text, then the symbols Lato lacks (★ ✓)."""
FALLBACK_ADVANCE = 0.62
"""Width in em of a character no shipped font has (wide, on purpose: it may wrap sooner)."""


@dataclass(frozen=True)
class Face:
    """One font file and the CSS family, weight and style it serves."""

    family: str
    file: str
    weight: int = 400
    style: str = "normal"


FACES = (
    Face(TEXT_FAMILY, "Lato-Regular.ttf"),
    Face(TEXT_FAMILY, "Lato-Italic.ttf", style="italic"),
    Face(TEXT_FAMILY, "Lato-Bold.ttf", 700),
    Face(TEXT_FAMILY, "Lato-Black.ttf", 900),
    Face(SYMBOL_FAMILY, "relcanvasSymbols-Regular.ttf"),
    Face(SYMBOL_FAMILY, "relcanvasSymbols-Bold.ttf", 700),
)


def font_file(name: str) -> Traversable:
    """A shipped font file, from the installed package (a wheel or a source tree)."""
    return resources.files("relcanvas.render").joinpath("assets", FOLDER, name)


def font_face_rules(url_prefix: str) -> str:
    """``@font-face`` rules for every shipped face, their URLs under ``url_prefix``."""
    return "\n".join(
        f'@font-face {{ font-family: "{face.family}"; font-weight: {face.weight}; '
        f"font-style: {face.style}; src: url({url_prefix}{FOLDER}/{face.file}); }}"
        for face in FACES
    )


def _faces_for(weight: int) -> tuple[Face, ...]:
    """The upright faces used for ``weight``: Lato's, then the symbols'."""
    text = next(f for f in FACES if f.family == TEXT_FAMILY and f.weight == weight)
    symbols = max(
        (f for f in FACES if f.family == SYMBOL_FAMILY and f.weight <= weight),
        key=lambda f: f.weight,
    )
    return text, symbols


def _widths(face: Face) -> Callable[[int], float | None]:
    """Advance width in em of a code point in one face, None where it has no glyph."""
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    logging.getLogger("fontTools").setLevel(logging.ERROR)
    with resources.as_file(font_file(face.file)) as path:
        font = TTFont(str(path), lazy=False)
    cmap = font.getBestCmap()
    advances = font["hmtx"].metrics
    em = float(font["head"].unitsPerEm)

    def width(code: int) -> float | None:
        glyph = cmap.get(code)
        return advances[glyph][0] / em if glyph else None

    return width


@lru_cache(maxsize=4)
def advances(bold: bool) -> Callable[[str], float]:
    """Advance width in em of one character as printed: regular or bold weight."""
    faces = [_widths(face) for face in _faces_for(700 if bold else 400)]
    cache: dict[str, float] = {}

    def advance(ch: str) -> float:
        if ch not in cache:
            found = (w for face in faces if (w := face(ord(ch))) is not None)
            cache[ch] = next(found, FALLBACK_ADVANCE)
        return cache[ch]

    return advance
