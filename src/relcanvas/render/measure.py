"""Card heights read from WeasyPrint's own boxes, not estimated from font metrics.

The cards of each area are set once, at the area's width, in one small measuring document
(``measure.html.j2``: the page's stylesheet and the page's own card markup). A card is a
stack of block parts (title, tags, facts, small line, notes), so each part is measured once
and any form of a card (whole, without notes, short, its continued details, notes cut at a
line) is the sum of its parts. The packing is then exact with any font and any WeasyPrint
release, and the page numbers it predicts are right first time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from relcanvas.render.view import Area, Entry

Piece = tuple[str, Any]
"""A part of a card as the ``entry_piece`` macro takes it: its kind and what it shows."""
PartKey = tuple[Any, ...]
PAGE_NUMBER = "99"
"""The page number written in "see page N" marks while measuring (two digits, like most)."""
SHEET_HEIGHT = 200000.0
"""The measuring page is one very tall page, so that no card is cut by a page break."""
PT = 0.75
"""WeasyPrint's boxes are in CSS pixels; the layout works in points."""


def pieces(e: Entry) -> list[tuple[PartKey, Piece]]:
    """The parts of a card, in the order the ``entry`` macro writes them, each with its key."""
    out: list[tuple[PartKey, Piece]] = [(("title", e.title, e.key, e.continued), ("title", e))]
    if has_tags(e):
        key = ("tags", e.keys, e.chips, e.gauges, e.moment_of_truth, e.proactive, e.details_moved)
        out.append((key, ("tags", e)))
    out += [(("field", f), ("field", f)) for f in e.fields]
    out += [(("list", lst), ("list", lst)) for lst in e.lists]
    if e.meta or e.notes_moved:
        out.append((("meta", e.meta, e.notes_moved), ("meta", e)))
    if e.notes:
        out.append((("notes", e.notes), ("notes", e)))
    return out


def has_tags(e: Entry) -> bool:
    """Whether the card has a line of tags (the ``entry`` macro's test)."""
    return bool(
        e.keys or e.chips or e.gauges or e.moment_of_truth or e.proactive or e.details_moved
    )


def variants(e: Entry, kind: str) -> list[Entry]:
    """Every form the layout may give a card: on the sheet whole, without its notes or
    short; on a continuation page whole or, when its notes are cut, continued."""
    if kind == "cont":
        return [e, replace(e, continued=True)] if e.notes and not e.continued else [e]
    return [e, replace(e, notes=None, notes_moved=bool(e.notes)), replace(e, details_moved=True)]


@dataclass(frozen=True)
class NotesLines:
    """Where a card's notes may be cut: after each line, the text before it and its height."""

    margin_top: float
    content: float
    cuts: tuple[tuple[int, float], ...]
    """(offset in the notes where a line ends between words, bottom of that line)."""


@dataclass
class Heights:
    """Measured sizes, by area (``where``): card parts, card frames, area heads and frames."""

    parts: dict[tuple[str, PartKey], float] = field(default_factory=dict)
    card_frame: dict[str, float] = field(default_factory=dict)
    head: dict[str, float] = field(default_factory=dict)
    frame: dict[str, float] = field(default_factory=dict)
    notes: dict[tuple[str, str], NotesLines] = field(default_factory=dict)

    def card(self, e: Entry, where: str) -> float:
        """The height of card ``e`` (its border box) set in area ``where``."""
        parts = sum(self.parts[(where, key)] for key, _ in pieces(e))
        return self.card_frame[where] + parts

    def update(self, other: Heights) -> None:
        self.parts.update(other.parts)
        self.card_frame.update(other.card_frame)
        self.head.update(other.head)
        self.frame.update(other.frame)
        self.notes.update(other.notes)

    def split_notes(self, e: Entry, where: str, room: float) -> tuple[Entry, Entry] | None:
        """Cut ``e`` after the last line of its notes that lets it fit ``room``; None if none."""
        notes = e.notes or ""
        lines = self.notes.get((where, notes))
        if lines is None:
            return None
        without = self.card(replace(e, notes=None), where)
        best = None
        for offset, bottom in lines.cuts:
            if without + lines.margin_top + bottom <= room:
                best = (offset, bottom)
        if best is None:
            return None
        offset, bottom = best
        first = replace(e, notes=notes[:offset].rstrip())
        rest = Entry(title=e.title, key=e.key, notes=notes[offset:].lstrip(), continued=True)
        if not first.notes or not rest.notes:
            return None
        self.parts[(where, ("notes", first.notes))] = lines.margin_top + bottom
        self.parts[(where, ("notes", rest.notes))] = lines.margin_top + lines.content - bottom
        tail = NotesLines(
            lines.margin_top,
            lines.content - bottom,
            tuple((o - offset, b - bottom) for o, b in lines.cuts if o > offset),
        )
        # The rest's offsets count from its own start, once stripped of the leading blank.
        skip = len(notes[offset:]) - len(rest.notes)
        tail = replace(tail, cuts=tuple((o - skip, b) for o, b in tail.cuts))
        self.notes[(where, rest.notes)] = tail
        return first, rest


@dataclass(frozen=True)
class Box:
    """One area of the measuring document: its cards, at the width and columns of a page."""

    id: str
    kind: str
    """``block`` (a block of the sheet), ``band`` (half of the low band) or ``cont``."""
    area: Area
    width: float
    columns: int
    cards: list[Card]


@dataclass(frozen=True)
class Card:
    id: str
    pieces: list[Piece]
    keys: list[PartKey]


def boxes_for(
    areas: Iterable[tuple[str, str, Area, float, int, Iterable[Entry]]],
) -> list[Box]:
    """The measuring boxes: for each (where, kind, area, width, columns, entries), every
    distinct part of every form of its cards, grouped by card."""
    out: list[Box] = []
    for n, (where, kind, area, width, columns, entries) in enumerate(areas):
        seen: set[PartKey] = set()
        cards: list[Card] = []
        for i, entry in enumerate(entries):
            todo = [
                (k, p) for form in variants(entry, kind) for k, p in pieces(form) if k not in seen
            ]
            unique = list({k: p for k, p in todo}.items())
            seen.update(k for k, _ in unique)
            if unique:
                cards.append(Card(f"m{n}-{i}", [p for _, p in unique], [k for k, _ in unique]))
        cards = cards or [Card(f"m{n}-x", [("title", Entry(title="x"))], [])]
        out.append(Box(where, kind, area, width, columns, cards))
    return out


def read_heights(boxes: list[Box], pages: Iterable[Any]) -> Heights:
    """The heights of every part, card frame, head and area frame, from the laid-out pages."""
    by_id: dict[str, Any] = {}
    for page in pages:
        for box in page._page_box.descendants():
            element_id = box.element.get("id") if box.element is not None else None
            if element_id and element_id not in by_id and box.element_tag in ("div", "article"):
                by_id[element_id] = box
    heights = Heights()
    for area in boxes:
        outer = by_id[area.id]
        heights.head[area.id] = _head(outer, area.kind)
        heights.frame[area.id] = _frame(_first(outer, "section"))
        for card in area.cards:
            _read_card(heights, area.id, card, by_id[card.id])
    return heights


def _read_card(heights: Heights, where: str, card: Card, box: Any) -> None:
    parts = [c for c in box.children if c.element_tag in ("h3", "p")]
    heights.card_frame[where] = PT * (box.border_height() - sum(p.margin_height() for p in parts))
    for key, (kind, piece), part in zip(card.keys, card.pieces, parts, strict=False):
        heights.parts[(where, key)] = PT * part.margin_height()
        if kind == "notes":
            heights.notes[(where, piece.notes)] = _notes_lines(piece.notes, part)


def _notes_lines(notes: str, box: Any) -> NotesLines:
    """Each line's end as an offset in ``notes`` (counted in letters and digits, which line
    breaking, collapsing and hyphenation leave alone), kept where it falls between words."""
    top = box.content_box_y()
    cuts: list[tuple[int, float]] = []
    offsets = _alnum_offsets(notes)
    count = 0
    for line in box.children:
        text = "".join(getattr(d, "text", "") for d in _descendants(line))
        count += sum(ch.isalnum() for ch in text)
        if 0 < count < len(offsets):
            offset = offsets[count - 1] + 1
            if offset < len(notes) and notes[offset].isspace():
                cuts.append((offset, PT * (line.position_y + line.height - top)))
    return NotesLines(PT * box.margin_top, PT * box.height, tuple(cuts))


def _alnum_offsets(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ch.isalnum()]


def _descendants(box: Any) -> Iterator[Any]:
    yield box
    for child in getattr(box, "children", ()):
        yield from _descendants(child)


def _first(box: Any, tag: str) -> Any:
    return next(b for b in _descendants(box) if b.element_tag == tag)


def _frame(box: Any) -> float:
    """Border and padding above and below an area's content."""
    top = box.border_top_width + box.padding_top
    return PT * float(top + box.padding_bottom + box.border_bottom_width)


def _head(outer: Any, kind: str) -> float:
    head = next((b for b in _descendants(outer) if b.element_tag in ("header", "h2")), None)
    return PT * float(head.margin_height()) if head is not None else 0.0


def measure(boxes: list[Box], render: Callable[[list[Box]], Iterable[Any]]) -> Heights:
    """Lay the measuring document out once (``render`` gives its pages) and read it."""
    if not boxes:
        return Heights()
    return read_heights(boxes, render(boxes))
