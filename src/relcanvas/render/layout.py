"""Page geometry and what fits where on the printed canvas.

WeasyPrint cannot shrink a box's content to fit, and a fixed grid must not spill over, so
the decision is made here, before rendering: every entry's height is estimated from the
real advance widths of the fonts the package ships (see ``fonts``), wrapped word by word
at the block's width. The entries that fit stay on the canvas page; the others move, in
order, to continuation pages, which flow freely.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import ClassVar

from relcanvas.render.fonts import advances
from relcanvas.render.view import Area, Entry

PAPERS: dict[str, tuple[float, float]] = {
    "a4": (842, 595),
    "a3": (1191, 842),
    "a2": (1684, 1191),
    "a1": (2384, 1684),
    "a0": (3370, 2384),
    "letter": (792, 612),
    "tabloid": (1224, 792),
}
"""Landscape page sizes in PostScript points (width, height)."""

SAFETY = 0.985
"""Share of a box's height the estimate may fill, for rounding and hinting."""


def text_width(text: str, size: float, bold: bool = False) -> float:
    advance = advances(bold)
    return sum(advance(ch) for ch in text) * size


def wrap_lines(text: str, width: float, size: float, bold: bool = False) -> int:
    """How many lines ``text`` takes at ``width``, breaking between words (or inside long ones)."""
    if width <= 0:
        return max(1, len(text))
    lines = 0
    space = text_width(" ", size, bold)
    for paragraph in text.splitlines() or [""]:
        lines += 1
        used = 0.0
        for word in paragraph.split():
            w = text_width(word, size, bold)
            if used and used + space + w <= width:
                used += space + w
                continue
            if used:
                lines += 1
            while w > width:  # overflow-wrap: anywhere breaks long words
                lines += 1
                w -= width
            used = w
    return lines


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
    leading: ClassVar[float] = LEADING

    @classmethod
    def for_paper(cls, paper: str) -> Metrics:
        width, height = PAPERS[paper]
        # Type grows with the square root of the sheet's width: an A0 poster is read from
        # further away but also holds more, so it gets 2x the type of A4, not 4x.
        return cls(paper, width, height, max(1.0, math.sqrt(width / PAPERS["a4"][0])))

    def __getattr__(self, name: str) -> float:
        try:
            return BASE[name] * self.scale
        except KeyError:
            raise AttributeError(name) from None

    @property
    def css(self) -> dict[str, str]:
        """The sizes as CSS lengths, for the stylesheet template."""
        sizes = {name: f"{value * self.scale:.2f}pt" for name, value in BASE.items()}
        sizes.update(
            page_width=f"{self.width}pt",
            page_height=f"{self.height}pt",
            row_height=f"{self.row_height:.2f}pt",
            blank_row_height=f"{self.row_height + (self.band_height + self.gap) / 2:.2f}pt",
            band_height=f"{self.band_height:.2f}pt",
            header_height=f"{self.header_height:.2f}pt",
            canvas_title=f"{self.title_size or self.title:.2f}pt",
            authors_width=f"{self.authors_width:.2f}pt" if self.authors_width else "30em",
            leading=f"{LEADING}",
        )
        return sizes

    @property
    def band_height(self) -> float:
        return BASE["band_height"] * self.scale + self.band_extra

    @property
    def header_height(self) -> float:
        return BASE["header_height"] * self.scale + self.header_extra

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


TAG_LEADING = 1.5
"""Line height of the tags line (chips, marks, gauges), a little more than text for borders."""
MARKS = {"moment_of_truth": "★ Moment de vérité", "proactive": "→ À notre initiative"}
"""The longest words of the two marks, to measure them whatever the language."""
SEPARATOR = " · "
DETAILS_MARK = "Détails · suite page 99"
"""The mark that ends a short card's tags line, measured in its longer language."""


def entry_tags(entry: Entry) -> list[str]:
    """The texts of the tags line, as the template writes them (gauge meters as two glyphs)."""
    tags = [MARKS[k] for k in MARKS if getattr(entry, k)]
    tags += entry.chips
    tags += [f"{g.name} {'M' * g.size} {g.text}" for g in entry.gauges]
    if entry.details_moved:
        tags.append(DETAILS_MARK)
    return tags


def meta_text(entry: Entry, moved: str = "Notes · suite page 99") -> str:
    """The secondary facts run together, as the template writes them."""
    parts = [f"{f.label} : {f.text}" for f in entry.meta]
    if entry.notes_moved:
        parts.append(moved)
    return SEPARATOR.join(parts)


@lru_cache(maxsize=8192)
def entry_height(entry: Entry, width: float, m: Metrics) -> float:
    """Estimated height of one entry card at ``width`` (its outer width)."""
    # Wrap a little narrower than the box: bold labels, kerning and hinting make a line
    # that is estimated to just fit break a word earlier in WeasyPrint.
    inner = (width - 2 * m.entry_pad - m.rule) * WRAP_MARGIN
    lead = m.leading
    h = 2 * m.entry_pad
    h += wrap_lines(entry.title, inner, m.entry_title, bold=True) * m.entry_title * lead
    if tags := entry_tags(entry):
        h += _chip_rows(tags, inner, m) * m.small * TAG_LEADING
    for f in entry.fields:
        h += wrap_lines(f"{f.label} : {f.text}", inner, m.body) * m.body * lead
    for lst in entry.lists:
        text = f"{lst.label.upper()} {SEPARATOR.join(lst.items)}"
        h += wrap_lines(text, inner, m.body) * m.body * lead
    if meta := meta_text(entry):
        h += wrap_lines(meta, inner, m.small) * m.small * lead
    if entry.notes:
        h += wrap_lines(entry.notes, inner, m.body) * m.body * lead + m.entry_gap / 2
    return h * CALIBRATION + 2 * m.scale


WRAP_MARGIN = 0.96
CALIBRATION = 0.965
"""Measured against WeasyPrint's boxes (see ``benchmarks``): estimate x this = real height."""


def _chip_rows(chips: Iterable[str], width: float, m: Metrics) -> int:
    rows, used = 1, 0.0
    for chip in chips:
        w = text_width(chip, m.small) + 2 * 3 * m.scale + 3 * m.scale
        w = min(w, width)
        if used and used + w > width:
            rows += 1
            used = 0.0
        used += w
    return rows


@dataclass(frozen=True)
class Placed:
    """An area of the canvas page: the entries that fit, in columns, and those that move on."""

    area: Area
    columns: tuple[tuple[Entry, ...], ...]
    rest: tuple[Entry, ...]

    @property
    def shown(self) -> int:
        return sum(len(c) for c in self.columns)

    @property
    def hidden(self) -> int:
        """Entries not on the sheet at all (notes continuing from a shown entry do not count)."""
        return sum(1 for e in self.rest if not e.continued)


def head_height(area: Area, width: float, m: Metrics) -> float:
    """Height of a block's number, title and question."""
    text_w = width - 2 * m.pad - m.number * 1.6
    title = wrap_lines(area.title, text_w, m.block_title, bold=True) * m.block_title * 1.15
    question = wrap_lines(area.question, text_w, m.question) * m.question * m.leading
    return max(m.number * 1.3, title + question + 2 * m.scale) + m.pad


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


def _has_details(entry: Entry) -> bool:
    return bool(entry.fields or entry.lists or entry.meta or entry.notes)


def _short(entry: Entry, mark: bool = True) -> Entry:
    """The entry's title and tags only; its other facts continue (marked when ``mark``)."""
    return replace(
        entry, fields=(), lists=(), meta=(), notes=None, notes_moved=False, details_moved=mark
    )


def _details(entry: Entry) -> Entry:
    """What continues of an entry shown short: every fact but the tags, under its title."""
    return replace(
        entry,
        chips=(),
        gauges=(),
        moment_of_truth=False,
        proactive=False,
        notes_moved=False,
        continued=True,
    )


def _bare(entry: Entry, mark: bool = True) -> Entry:
    """The entry without its notes, marked as continuing when it had some (and ``mark``)."""
    return replace(entry, notes=None, notes_moved=mark) if entry.notes else entry


def place(
    area: Area,
    width: float,
    height: float,
    m: Metrics,
    columns: int = 1,
    head: float = 0.0,
    mark_below: bool = True,
) -> Placed:
    """Fill ``columns`` columns of ``height`` with the area's entries, in order.

    When everything fits, the columns are balanced. When not, notes give way first: as
    many entries as possible are shown without their notes; the room left takes the next
    entries in a short form (title and tags, their other facts continued); then notes come
    back, in order, while they still fit. What is left out continues on the continuation
    page under the entry's title. ``mark_below`` reserves room for the block's "see page N"
    mark under the entries and gives each entry shown in part its own mark; without it (the
    low band) the area's mark alone says where the rest went.
    """
    col_w = (width - 2 * m.pad - (columns - 1) * m.gap) / columns

    def pack(entries: Iterable[Entry], room: float) -> tuple[list[list[Entry]], int]:
        cols: list[list[Entry]] = [[] for _ in range(columns)]
        c, used, count = 0, 0.0, 0
        for entry in entries:
            gap = m.entry_gap if cols[c] else 0
            need = entry_height(entry, col_w, m)
            while used + gap + need > room:
                c, used, gap = c + 1, 0.0, 0
                if c == columns:
                    return cols, count
            cols[c].append(entry)
            used += gap + need
            count += 1
        return cols, count

    def frozen(cols: list[list[Entry]]) -> tuple[tuple[Entry, ...], ...]:
        return tuple(tuple(c) for c in cols)

    entries = area.entries
    room = (height - head - 2 * m.pad) * SAFETY
    cols, count = pack(entries, room)
    if count == len(entries):
        if columns > 1 and entries:
            cols = _balance(entries, room, pack)
        return Placed(area, frozen(cols), ())
    room -= m.small * 1.4 if mark_below else 0.0  # the mark sits in the bottom padding
    chosen = [_bare(e, mark_below) for e in entries]
    cols, count = pack(chosen, room)
    shown = count
    for entry in entries[count:]:  # the room left takes the next entries, shortened
        if not _has_details(entry):
            break
        trial_cols, trial_count = pack([*chosen[:shown], _short(entry, mark_below)], room)
        if trial_count <= shown:
            break
        chosen[shown] = _short(entry, mark_below)
        cols, shown = trial_cols, trial_count
    for i, entry in enumerate(entries[:count]):
        if entry.notes:
            trial = [*chosen[:i], entry, *chosen[i + 1 : shown]]
            trial_cols, trial_count = pack(trial, room)
            if trial_count == shown:
                chosen[i], cols = entry, trial_cols
    notes_moved = tuple(
        Entry(title=e.title, notes=e.notes, continued=True)
        for e, kept in zip(entries[:count], chosen[:count], strict=True)
        if e.notes and not kept.notes
    )
    details = tuple(_details(e) for e in entries[count:shown])
    return Placed(area, frozen(cols), notes_moved + details + entries[shown:])


def _balance(
    entries: tuple[Entry, ...],
    room: float,
    pack: Callable[[Iterable[Entry], float], tuple[list[list[Entry]], int]],
) -> list[list[Entry]]:
    """The columns at the lowest height that still holds every entry (found by bisection)."""
    lo, hi = 0.0, room
    cols, _ = pack(entries, room)
    while hi - lo > 1:
        mid = (lo + hi) / 2
        trial, count = pack(entries, mid)
        if count < len(entries):
            lo = mid
        else:
            hi, cols = mid, trial
    return cols


@dataclass(frozen=True)
class CanvasLayout:
    """The canvas page's areas, placed, and whether continuation pages are needed."""

    metrics: Metrics
    blocks: tuple[Placed, ...]
    segments: Placed
    indicators: Placed

    @property
    def overflow(self) -> tuple[Placed, ...]:
        return tuple(p for p in (*self.blocks, self.segments, self.indicators) if p.rest)


BAND_STEP = 18.0
"""The low band grows by this much (at A4, times the scale) while the blocks above lose nothing."""
BAND_GROWTH = 6


def lay_out(blocks: Iterable[Area], segments: Area, indicators: Area, m: Metrics) -> CanvasLayout:
    """Decide what the canvas page shows for each block and for the bottom band.

    The band of segments and indicators starts one card high. When it cannot hold them
    all, it grows step by step into the blocks' empty space, as long as every block
    still shows exactly what it showed (a poster has room to spare; an A4 sheet has not).
    """
    blocks = tuple(blocks)
    best = _lay_out(blocks, segments, indicators, m)
    for step in range(1, BAND_GROWTH + 1):
        if not _band_left(best) > (0, 0):
            break
        trial = _lay_out(
            blocks, segments, indicators, replace(m, band_extra=step * BAND_STEP * m.scale)
        )
        if [p.columns for p in trial.blocks] != [p.columns for p in best.blocks]:
            break
        if _band_left(trial) < _band_left(best):
            best = trial
    return best


def _band_left(layout: CanvasLayout) -> tuple[int, int]:
    """What the band leaves for later pages: entries left out, then entries cut short."""
    parts = (layout.segments, layout.indicators)
    return sum(p.hidden for p in parts), sum(len(p.rest) for p in parts)


def _lay_out(
    blocks: tuple[Area, ...], segments: Area, indicators: Area, m: Metrics
) -> CanvasLayout:
    width = m.column_width
    columns = columns_for(width, m)
    placed = tuple(
        place(area, width, m.row_height, m, columns, head=head_height(area, width, m))
        for area in blocks
    )
    band_head = m.block_title * 1.5
    seg_width = (m.content_width - m.gap) / 2
    ind_width = m.content_width - seg_width - m.gap
    return CanvasLayout(
        metrics=m,
        blocks=placed,
        segments=_band_area(segments, seg_width, m, 2, band_head),
        indicators=_band_area(indicators, ind_width, m, 3, band_head),
    )


def _band_area(area: Area, width: float, m: Metrics, least: int, head: float) -> Placed:
    """Half of the low band, in the number of columns that leaves out the fewest cards."""
    most = columns_for(width, m, BAND_COLUMNS, least, BAND_COLUMN_EM)
    options = [
        place(area, width, m.band_height, m, n, head, mark_below=False)
        for n in range(least, most + 1)
    ]
    return min(options, key=lambda p: (p.hidden, len(p.rest), len(p.columns)))


BAND_COLUMNS = 5
"""Most columns in each half of the low band (the stylesheet has classes up to ``cols-5``)."""


TITLE_STEPS = (1.0, 0.88, 0.76, 0.66)
"""Sizes a long canvas title steps down through (times ``title``) to stay on two lines."""
BLACK = 1.04
"""Lato Black (the title's weight) sets about this much wider than Lato Bold."""
FACTS_SHARE = 0.45
"""Most of the header's width the facts (version, date, authors) may take from the title."""


def fit_header(
    title: str,
    organization: str | None,
    facts: Iterable[tuple[str, str]],
    authors: tuple[str, str] | None,
    m: Metrics,
) -> Metrics:
    """The metrics with a header that holds the title, organisation, facts and authors.

    ``facts`` and ``authors`` are (label, text) pairs. A title that takes more than two
    lines is set smaller, by steps; the authors wrap in the room the title leaves them
    (at most ``FACTS_SHARE`` of the width with the facts); when the header still needs
    more height than the paper's default, it takes it from the two rows of blocks.
    """
    margin = 2.5 * m.gap

    def label_width(label: str) -> float:  # upper case, letter-spaced
        return text_width(label.upper(), m.small) * 1.08

    fixed = [
        (text, min(14 * m.body, text_width(text, m.body, bold=True) + 1), label_width(label))
        for label, text in facts
    ]
    used = sum(max(w, lw) + margin for _, w, lw in fixed)
    authors_width = 0.0
    facts_h = 0.0
    for text, w, _ in fixed:
        lines = wrap_lines(text, w * WRAP_MARGIN, m.body, bold=True)
        facts_h = max(facts_h, (m.small + lines * m.body) * m.leading)
    if authors:
        label, text = authors
        natural = min(30 * m.body, text_width(text, m.body) + 1)
        room = FACTS_SHARE * m.content_width - used - margin
        if natural > room:
            authors_width = natural = max(room, label_width(label), 10 * m.body)
        used += max(natural, label_width(label)) + margin
        lines = wrap_lines(text, natural * WRAP_MARGIN, m.body)
        facts_h = max(facts_h, (m.small + lines * m.body) * m.leading)
    identity_w = (m.content_width - used - 3 * m.gap) * WRAP_MARGIN / BLACK
    size = m.title
    for step in TITLE_STEPS:
        size = m.title * step
        if wrap_lines(title, identity_w, size, bold=True) <= 2:
            break
    identity_h = m.small * m.leading + wrap_lines(title, identity_w, size, bold=True) * size * 1.1
    if organization:
        org_lines = wrap_lines(organization, identity_w * BLACK, m.subtitle)
        identity_h += org_lines * m.subtitle * m.leading
    need = max(identity_h, facts_h) + 0.8 * m.gap + m.rule + 2 * m.scale
    return replace(
        m,
        header_extra=max(0.0, need - BASE["header_height"] * m.scale),
        title_size=size if size < m.title else 0.0,
        authors_width=authors_width,
    )


CONT_COLUMNS = 3
MIN_BAND = 0.2
"""Below this share of a page, a continuation band starts on a fresh page instead."""


@dataclass(frozen=True)
class Band:
    """One row of a continuation page: entries in explicit columns, kept on one page."""

    columns: tuple[tuple[Entry, ...], ...]
    new_page: bool = False


@dataclass(frozen=True)
class Continued:
    """The part of an area that did not fit on the sheet, cut into bands of columns."""

    area: Area
    bands: tuple[Band, ...]
    page: int
    """The page its first band is expected on (the sheet is page 1)."""


def _word_ends(text: str) -> list[int]:
    return [found.end() for found in re.finditer(r"\S+", text)]


def split_notes(entry: Entry, room: float, width: float, m: Metrics) -> tuple[Entry, Entry] | None:
    """Cut ``entry`` inside its notes so that the first part fits ``room``; None if nothing does."""
    notes = entry.notes or ""
    ends = _word_ends(notes)
    lo, hi = 0, len(ends) - 1  # the largest count of words that fits, at least one, never all
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if entry_height(replace(entry, notes=notes[: ends[mid - 1]]), width, m) <= room:
            lo = mid
        else:
            hi = mid - 1
    if lo == 0:
        return None
    cut = ends[lo - 1]
    first = replace(entry, notes=notes[:cut])
    return first, Entry(title=entry.title, notes=notes[cut:].lstrip(), continued=True)


def _pack(
    entries: list[Entry], height: float, width: float, m: Metrics, split: bool
) -> tuple[list[list[Entry]], list[Entry]]:
    """Fill the columns of one band, top to bottom then left to right, in order."""
    cols: list[list[Entry]] = [[]]
    used = 0.0
    todo = list(entries)
    while todo:
        entry = todo[0]
        gap = m.entry_gap if cols[-1] else 0.0
        need = entry_height(entry, width, m)
        if used + gap + need <= height:
            cols[-1].append(todo.pop(0))
            used += gap + need
            continue
        if split and entry.notes and (parts := split_notes(entry, height - used - gap, width, m)):
            cols[-1].append(parts[0])
            todo[0] = parts[1]
        elif not cols[-1]:  # taller than a page and nothing to cut: it must break by itself
            cols[-1].append(todo.pop(0))
        if len(cols) == CONT_COLUMNS:
            break
        cols.append([])
        used = 0.0
    return cols, todo


def _column_height(column: list[Entry], width: float, m: Metrics) -> float:
    return sum(entry_height(e, width, m) for e in column) + m.entry_gap * max(0, len(column) - 1)


def _band(entries: list[Entry], room: float, width: float, m: Metrics) -> tuple[Band, list[Entry]]:
    """The next band: balanced columns when the rest fits ``room``, else full columns."""
    cols, rest = _pack(entries, room, width, m, split=False)
    if not rest:  # everything fits: find the lowest height that still holds it all
        lo = max(entry_height(e, width, m) for e in entries)
        hi = room
        while hi - lo > 2:
            mid = (lo + hi) / 2
            trial, left = _pack(entries, mid, width, m, split=False)
            if left:
                lo = mid
            else:
                hi, cols = mid, trial
        return Band(tuple(tuple(c) for c in cols)), []
    cols, rest = _pack(entries, room, width, m, split=True)
    return Band(tuple(tuple(c) for c in cols if c)), rest


def continuation(overflow: Iterable[Placed], m: Metrics) -> tuple[Continued, ...]:
    """Lay out the continuation pages: every area's rest, in bands that fit their page.

    Columns are decided here, not by CSS multi-column (slow in WeasyPrint): the same
    estimates as the sheet give each band a height that fits what is left of the page.
    """
    page = m.content_height * SAFETY
    width = m.cont_column_width
    used = 0.0
    number = 2
    out = []
    for placed in overflow:
        todo = list(placed.rest)
        head = head_height(placed.area, m.content_width, m) + m.pad + m.rule + m.gap
        bands: list[Band] = []
        first_page = number
        while todo:
            top = head if not bands else 0.0
            new_page = used > 0 and page - used - top < page * MIN_BAND
            if new_page:
                used = 0.0
            band, todo = _band(todo, page - used - top, width, m)
            if not any(band.columns) and used > 0:  # not even a piece fits here
                band, todo = _band(todo, page - top, width, m)
                used, new_page = 0.0, True
            number += new_page
            if not bands:
                first_page = number
            bands.append(replace(band, new_page=new_page))
            used += top + max(_column_height(list(c), width, m) for c in band.columns) + m.gap
        out.append(Continued(placed.area, tuple(bands), first_page))
        used += m.gap * 2
    return tuple(out)
