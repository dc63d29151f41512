"""Make the symbol font relcanvas ships beside Lato: a subset of DejaVu Sans.

Lato has no star, check marks or dingbats, and the printed sheet must never fall back to
whatever font a machine has, so these glyphs come from a small subset of DejaVu Sans,
renamed so that it cannot be mistaken for the system's DejaVu.

Usage: python scripts/make_symbol_font.py DejaVuSans.ttf DejaVuSans-Bold.ttf
(the files of Debian's fonts-dejavu-core 2.37); writes into render/assets/fonts/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parents[1] / "src/relcanvas/render/assets/fonts"
FAMILY = "relcanvas Symbols"
RANGES = [
    (0x2010, 0x2011),  # hyphen and non-breaking hyphen
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators
    (0x2300, 0x23FF),  # miscellaneous technical
    (0x2460, 0x24FF),  # enclosed alphanumerics
    (0x2500, 0x25FF),  # box drawing, blocks, geometric shapes
    (0x2600, 0x26FF),  # miscellaneous symbols (the star)
    (0x2700, 0x27BF),  # dingbats (check marks, crosses)
]


def make(source: Path, style: str) -> Path:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    font = TTFont(str(source))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[cp for lo, hi in RANGES for cp in range(lo, hi + 1)])
    subsetter.subset(font)
    names = font["name"]
    full = f"{FAMILY} {style}" if style != "Regular" else FAMILY
    postscript = f"relcanvasSymbols-{style}"
    for record in list(names.names):
        if record.nameID in (1, 16):
            names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (4, 18):
            names.setName(full, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (3, 6):
            names.setName(
                postscript, record.nameID, record.platformID, record.platEncID, record.langID
            )
    target = OUT / f"relcanvasSymbols-{style}.ttf"
    font.save(str(target))
    return target


if __name__ == "__main__":
    for path, style in zip(sys.argv[1:3], ("Regular", "Bold"), strict=True):
        print(make(Path(path), style))
