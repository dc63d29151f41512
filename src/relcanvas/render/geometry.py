"""Page geometry: paper sizes and every size of the printed sheet, in points.

The sizes are set here (the stylesheet receives them as CSS lengths) so that the layout
that packs cards and the page that WeasyPrint lays out share one set of numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from relcanvas.formats import PAPERS

BASE: dict[str, float] = {
    "margin": 22,
    "margin_bottom": 30,
    "gap": 6,
    "pad": 6,
    "entry_pad": 3,
    "entry_gap": 3,
    "rule": 2,
    "header_height": 46,
    "band_height": 84,
    "title": 17,
    "subtitle": 8.5,
    "block_title": 10.5,
    "number": 14,
    "question": 7.5,
    "entry_title": 8.5,
    "body": 7.5,
    "small": 7,
    "footer": 7,
    "chart_width": 128,
}
"""Sizes at A4 in points; other papers multiply them by the scale."""
LEADING = 1.28
"""Line height as a share of the font size, on every paper."""
TIGHTEST = 1.16
"""The tightest line height ``--fit`` sets (still clear of French accents)."""
TYPE = frozenset(
    {"title", "subtitle", "block_title", "number", "question", "entry_title", "body", "small"}
    | {"header_height", "pad", "entry_pad", "entry_gap"}
)
"""Sizes that follow the type when ``--fit`` shrinks it or a poster grows it."""


HIERARCHY = frozenset(
    {"title", "subtitle", "block_title", "number", "question", "entry_title", "body"}
)
"""Sizes above the smallest type, which ``squeeze`` brings toward it."""
HIERARCHY_SQUEEZE = 0.6
SPACE = frozenset(
    {"margin", "margin_bottom", "gap", "pad", "entry_pad", "entry_gap", "header_height"}
)
"""Space around the type, which ``squeeze`` shrinks."""
SPACE_SQUEEZE = 0.45


@dataclass(frozen=True)
class Metrics:
    """Every size of the printed sheet for one paper, in points."""

    paper: str
    width: float
    height: float
    scale: float
    band_extra: float = 0.0
    """Height the low band takes from the two rows of blocks when they do not need it."""
    header_extra: float = 0.0
    """Height a long title or many authors add to the header (the rows give it up)."""
    title_size: float = 0.0
    """The canvas title's size when a long title is set smaller (0: the paper's ``title``)."""
    authors_width: float = 0.0
    """Widest line of the authors in the header (0: the stylesheet's default)."""
    type_scale: float = 1.0
    """The type (and the padding around it) shrunk to fit or grown for a poster."""
    tracks: tuple[float, ...] = ()
    """The widths of the sheet's three columns, sized from their content (empty: equal)."""
    squeeze: float = 0.0
    """How far ``--fit`` closes up the sheet at its floor (0 to 1): the sizes above the
    smallest type move toward it, and the space around the type shrinks."""

    @classmethod
    def for_paper(cls, paper: str) -> Metrics:
        width, height = PAPERS[paper]
        # Type grows with the square root of the sheet's width: an A0 poster is read from
        # further away but also holds more, so it gets 2x the type of A4, not 4x.
        return cls(paper, width, height, max(1.0, math.sqrt(width / PAPERS["a4"][0])))

    def __getattr__(self, name: str) -> float:
        try:
            size = BASE[name] * self.scale * (self.type_scale if name in TYPE else 1.0)
        except KeyError:
            raise AttributeError(name) from None
        if self.squeeze and name in HIERARCHY:
            small = BASE["small"] * self.scale * self.type_scale
            return small + (size - small) * (1 - HIERARCHY_SQUEEZE * self.squeeze)
        if self.squeeze and name in SPACE:
            return size * (1 - SPACE_SQUEEZE * self.squeeze)
        return size

    @property
    def css(self) -> dict[str, str]:
        """The sizes as CSS lengths, for the stylesheet template."""
        sizes = {name: f"{getattr(self, name):.2f}pt" for name in BASE}
        sizes.update(
            page_width=f"{self.width}pt",
            page_height=f"{self.height}pt",
            row_height=f"{self.row_height:.2f}pt",
            blank_row_height=f"{self.row_height + (self.band_height + self.gap) / 2:.2f}pt",
            band_height=f"{self.band_height:.2f}pt",
            header_height=f"{self.header_height:.2f}pt",
            canvas_title=f"{self.title_size or self.title:.2f}pt",
            authors_width=f"{self.authors_width:.2f}pt" if self.authors_width else "30em",
            sheet_height=f"{self.sheet_height:.2f}pt",
            leading=f"{self.leading:.3f}",
            tag_leading=f"{1.5 - 0.2 * self.squeeze:.3f}",
        )
        return sizes

    @property
    def leading(self) -> float:
        """Line height as a share of the font size: tighter when ``--fit`` shrinks the type."""
        if self.type_scale >= 1:
            return LEADING
        return max(TIGHTEST, LEADING - (1 - self.type_scale))

    def track(self, index: int) -> float:
        """The width of the sheet's column ``index`` (0 to 2)."""
        return self.tracks[index] if self.tracks else self.column_width

    @property
    def sheet_height(self) -> float:
        """The height of the two rows of blocks and the gap between them."""
        return 2 * self.row_height + self.gap

    @property
    def band_height(self) -> float:
        return BASE["band_height"] * self.scale + self.band_extra

    @property
    def header_height(self) -> float:
        base = BASE["header_height"] * self.scale * self.type_scale
        return base * (1 - SPACE_SQUEEZE * self.squeeze) + self.header_extra

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def content_height(self) -> float:
        return self.height - self.margin - self.margin_bottom

    @property
    def row_height(self) -> float:
        rest = self.content_height - self.header_height - self.band_height - 3 * self.gap
        return rest / 2 - 3 * self.scale  # slack for borders and rounding

    @property
    def column_width(self) -> float:
        return (self.content_width - 2 * self.gap) / 3

    @property
    def cont_column_width(self) -> float:
        """Width of a column on the continuation pages (their gap is twice the sheet's)."""
        return (self.content_width - 4 * self.gap) / 3


MIN_COLUMN_EM = 22
"""Narrowest column of cards, in ems of body type: about 45 characters a line. A block is
set in two columns only when both are at least this wide (A2 and larger, never A4 or A3)."""
BLOCK_COLUMNS = 2


BAND_COLUMN_EM = 16
"""Narrowest column of the low band, whose cards are short (a name, gauges, a target)."""


def columns_for(
    width: float, m: Metrics, most: int = BLOCK_COLUMNS, least: int = 1, em: float = MIN_COLUMN_EM
) -> int:
    """How many columns at least ``em`` wide (in body type) fit in an area ``width`` wide."""
    inner = width - 2 * m.pad
    fit = int((inner + m.gap) // (em * m.body + m.gap))
    return max(least, min(most, fit))


BAND_COLUMNS = 5
"""Most columns in each half of the low band (the stylesheet has classes up to ``cols-5``)."""
