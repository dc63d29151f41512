"""What fits where: packing keeps order and loses nothing, notes give way first, short
cards fill the room left, continuation bands fit their pages. Heights here come from a
simple stand-in (a line per 40 characters), so the policy is tested apart from WeasyPrint;
test_measure.py checks the real heights against the laid-out page."""

from __future__ import annotations

import math
from dataclasses import replace

from relcanvas.render.continued import column_height, cont_where, continuation
from relcanvas.render.geometry import PAPERS, Metrics, columns_for
from relcanvas.render.header import fit_header, wrap_lines
from relcanvas.render.measure import Heights, NotesLines, pieces
from relcanvas.render.pack import Placed, bare, block_where, place, short
from relcanvas.render.sheet import _lay_out, arrange, lay_out, tracks_for
from relcanvas.render.view import Area, Entry, Field

LINE = 10.0


class StandIn(Heights):
    """Each part is a line per 40 characters; a card's frame is 6 pt; heads are 30 pt."""

    def __init__(self) -> None:
        super().__init__()

    def card(self, e: Entry, where: str) -> float:
        parts = (self.parts.get((where, key)) or self._part(key) for key, _ in pieces(e))
        return 6 + sum(parts)

    def _part(self, key: tuple[object, ...]) -> float:
        text = " ".join(str(x) for x in key[1:])
        return LINE * max(1, math.ceil(len(text) / 40))

    def split_notes(self, e: Entry, where: str, room: float) -> tuple[Entry, Entry] | None:
        notes = e.notes or ""
        if (where, notes) not in self.notes:
            self.notes[(where, notes)] = NotesLines(0, self._part(("notes", notes)), _cuts(notes))
        return super().split_notes(e, where, room)


def _cuts(notes: str) -> tuple[tuple[int, float], ...]:
    """A line ends at each space past 40 characters from the previous line's end."""
    cuts: list[tuple[int, float]] = []
    start = 0
    for i, ch in enumerate(notes):
        if ch == " " and i - start >= 40:
            cuts.append((i, LINE * (len(cuts) + 1)))
            start = i
    return tuple(cuts)


class Frames(dict[str, float]):
    def __missing__(self, key: str) -> float:
        return 30.0


def stand_in() -> StandIn:
    h = StandIn()
    h.frame = Frames()
    h.head = Frames()
    return h


def shown(placed: Placed) -> list[Entry]:
    return [e for c in placed.columns for e in c]


def test_type_grows_with_paper_and_never_drops_below_a4() -> None:
    bodies = [Metrics.for_paper(p).body for p in ("letter", "a4", "a3", "a2", "a1", "a0")]
    assert bodies[0] == bodies[1] >= 7
    assert bodies[1:] == sorted(bodies[1:]) and bodies[-1] > bodies[1]
    assert set(PAPERS) == {"a4", "a3", "a2", "a1", "a0", "letter", "tabloid"}


def test_overflow_keeps_order_and_loses_nothing() -> None:
    m, h = Metrics.for_paper("a4"), stand_in()
    entries = tuple(Entry(title=f"Entrée {i}", notes="texte " * (5 + i * 7)) for i in range(30))
    area = Area("touchpoints", 2, "T", "Q ?", entries)
    placed = place(area, block_where(area), m.row_height, h, m)
    cards = shown(placed)
    assert 0 < len(cards) < len(entries)
    skip = len(placed.rest) - placed.hidden  # an entry shown without notes continues too
    titles = [e.title for e in cards] + [e.title for e in placed.rest[skip:]]
    assert titles == [e.title for e in entries]
    used = sum(h.card(e, "") + m.entry_gap for e in cards) - m.entry_gap
    assert used <= m.row_height - 60


def test_a_block_is_filled_while_its_entries_continue() -> None:
    """No block of the sheet has room for another card while its entries continue."""
    m, h = Metrics.for_paper("a3"), stand_in()
    for words in range(1, 60, 5):
        entries = tuple(Entry(title=f"E{i}", notes="mot " * (words + i % 7)) for i in range(25))
        area = Area("tools", 3, "T", "Q ?", entries)
        placed = place(area, block_where(area), m.row_height, h, m)
        used = sum(h.card(e, "") + m.entry_gap for e in shown(placed))
        room = m.row_height - 60 - m.small * 1.28 + 0.4 * m.pad
        hidden = [e for e in placed.rest if not e.continued]
        smallest = min(min(h.card(bare(e), ""), h.card(short(e), "")) for e in hidden)
        assert used + smallest > room


def test_an_entry_longer_than_the_block_shows_its_head() -> None:
    m, h = Metrics.for_paper("a4"), stand_in()
    huge = Entry(title="Grand compte", notes="mot " * 2000)
    area = Area("interaction", 1, "T", "Q ?", (huge,))
    (card,) = place(area, block_where(area), m.row_height, h, m).columns[0]
    assert card.notes is None and card.notes_moved


def test_notes_give_way_before_entries() -> None:
    m, h = Metrics.for_paper("a3"), stand_in()
    entries = tuple(
        Entry(title=f"Point {i}", fields=(Field("Objectif", "court"),), notes="note " * 60)
        for i in range(8)
    )
    area = Area("touchpoints", 2, "T", "Q ?", entries)
    placed = place(area, block_where(area), m.row_height, h, m)
    cards = shown(placed)
    heights = [h.card(e, "") + m.entry_gap for e in entries]
    full = sum(1 for k in range(1, 9) if sum(heights[:k]) <= m.row_height)
    assert any(e.notes_moved for e in cards)
    assert len(cards) > full  # more cards than if every card kept its notes
    moved = [e for e in placed.rest if e.continued]
    assert [e.title for e in moved] == [e.title for e in cards if e.notes_moved or e.details_moved]
    assert placed.hidden == len(entries) - len(cards)


def test_the_room_left_takes_the_next_card_in_short_form() -> None:
    m, h = Metrics.for_paper("a3"), stand_in()
    with_short = 0
    for words in range(20, 120, 7):
        entries = tuple(
            Entry(title=f"Point {i}", chips=("Vente",), fields=(Field("Objectif", "mot " * words),))
            for i in range(12)
        )
        area = Area("touchpoints", 2, "T", "Q ?", entries)
        placed = place(area, block_where(area), m.row_height, h, m)
        cards = shown(placed)
        short = [e for e in cards if e.details_moved]
        with_short += bool(short)
        assert cards[len(cards) - len(short) :] == short  # short cards come last
        assert all(not e.fields and e.chips for e in short)
        details = [e for e in placed.rest if e.continued]
        assert [e.title for e in details] == [e.title for e in short]
        titles = [e.title for e in cards] + [e.title for e in placed.rest[len(details) :]]
        assert titles == [e.title for e in entries]
    assert with_short >= 5


def test_continuation_keeps_every_word_in_order_and_bands_fit_a_page() -> None:
    m, h = Metrics.for_paper("a4"), stand_in()
    long_notes = " ".join(f"mot{i}" for i in range(3000))
    entries = (
        Entry(title="Long", notes=long_notes),
        *(Entry(title=f"E{i}", notes="texte " * i) for i in range(40)),
    )
    area = Area("touchpoints", 2, "T", "Q ?", entries)
    placed = place(area, block_where(area), m.row_height, h, m)
    (cont,) = continuation([placed], m, h)
    cards = [e for band in cont.bands for col in band.columns for e in col]
    text = " ".join(e.notes or "" for e in cards if e.title == "Long")
    assert text.split() == long_notes.split()
    assert all(len(band.columns) <= 3 for band in cont.bands)
    for band in cont.bands:
        for col in band.columns:
            assert column_height(col, h, cont_where(area), m.entry_gap) <= m.content_height
    assert sum(b.new_page for b in cont.bands) >= 2 and cont.page == 2


def test_areas_follow_each_other_on_a_continuation_page() -> None:
    """A small rest does not start a page of its own: the areas share pages."""
    m, h = Metrics.for_paper("a3"), stand_in()
    rests = [
        Placed(Area(k, n, "T", "Q ?", ()), ((),), (Entry(title=f"{k} {i}") for i in range(2)))
        for n, k in enumerate(("interaction", "tools", "segments", "indicators"))
    ]
    rests = [replace(p, rest=tuple(p.rest)) for p in rests]
    conts = continuation(rests, m, h)
    assert [c.page for c in conts] == [2, 2, 2, 2]
    assert not any(b.new_page for c in conts for b in c.bands)


def test_blocks_take_two_columns_from_a2_never_at_a4_or_a3() -> None:
    counts = {
        p: columns_for(Metrics.for_paper(p).column_width, Metrics.for_paper(p)) for p in PAPERS
    }
    assert counts["a4"] == counts["letter"] == counts["a3"] == counts["tabloid"] == 1
    assert counts["a2"] == counts["a1"] == counts["a0"] == 2


def test_two_columns_are_balanced_and_keep_order() -> None:
    m, h = Metrics.for_paper("a2"), stand_in()
    entries = tuple(Entry(title=f"E{i}", fields=(Field("Objectif", "court"),)) for i in range(6))
    area = Area("tools", 3, "T", "Q ?", entries)
    left, right = place(area, block_where(area), m.row_height, h, m, 2).columns
    assert len(left) == len(right) == 3
    assert [e.title for e in (*left, *right)] == [e.title for e in entries]


def test_band_grows_into_empty_blocks_only() -> None:
    h = stand_in()
    segments = tuple(Entry(title=f"Segment {i}", notes="note " * 30) for i in range(12))
    band = Area("segments", None, "S", "", segments)
    inds = Area("indicators", None, "I", "", ())
    m = Metrics.for_paper("a3")
    empty = tuple(Area(f"b{i}", i, "T", "Q ?", ()) for i in range(6))
    grown = lay_out(empty, band, inds, m, h)
    assert grown.metrics.band_height > m.band_height
    assert grown.segments.shown > _lay_out(empty, band, inds, m, h).segments.shown
    for size in range(3, 30, 4):  # blocks full of cards: whatever the band takes, they keep
        full = tuple(
            Area(f"b{i}", i, "T", "Q ?", tuple(Entry(title="E " * (size + k)) for k in range(40)))
            for i in range(6)
        )
        base = _lay_out(full, band, inds, m, h)
        kept = lay_out(full, band, inds, m, h)
        assert [p.columns for p in kept.blocks] == [p.columns for p in base.blocks]


def test_narrower_column_needs_more_lines_in_the_header_estimate() -> None:
    text = "une relation client suivie de près " * 20
    assert wrap_lines(text, 100, 8) > wrap_lines(text, 400, 8)


def test_a_long_title_is_set_smaller_and_many_authors_make_the_header_taller() -> None:
    m = Metrics.for_paper("a4")
    short = fit_header("Atelier Nord", "Atelier Nord SA", [("Version", "1")], ("Auteurs", "Ana"), m)
    assert short.header_height < m.header_height + 3 and not short.title_size
    authors = ", ".join(f"Marie-Hélène Dupont-Lefèvre {i} (Marketing)" for i in range(8))
    title = "Réseau régional des ateliers de maintenance industrielle " * 3
    long = fit_header(title, "Groupement", [("Version", "2027-Q1")], ("Auteurs", authors), m)
    assert 0 < long.title_size < m.title and long.title_size >= m.block_title
    assert long.header_height > m.header_height and long.row_height < m.row_height
    assert long.authors_width <= 0.45 * m.content_width


def test_a_sparse_block_gives_its_room_to_the_full_one_in_its_column() -> None:
    m, h = Metrics.for_paper("a3"), stand_in()
    full = tuple(
        Entry(title=f"Carte {i}", fields=(Field("Objectif", "mot " * 30),)) for i in range(30)
    )
    blocks = [Area(f"b{i}", i + 1, "T", "Q ?", ()) for i in range(6)]
    blocks[1] = Area("b1", 2, "T", "Q ?", (Entry(title="Seule"),))
    blocks[4] = Area("b4", 5, "T", "Q ?", full)  # under block 2, in the middle column
    placed = arrange(blocks, m, h)
    equal = place(blocks[4], block_where(blocks[4]), m.row_height, h, m)
    assert placed[4].shown > equal.shown
    assert placed[4].frame[3] > m.row_height > placed[1].frame[3]
    assert placed[1].shown == 1  # the sparse block still shows all it has
    top, bottom = placed[1].frame, placed[4].frame
    assert abs(top[3] + m.gap + bottom[3] - m.sheet_height) < 0.01 and bottom[1] > top[3]
    widths = tracks_for(blocks, m, h)
    assert widths[1] > widths[0] and abs(sum(widths) - 3 * m.column_width) < 0.01
    assert min(widths) >= 0.69 * m.column_width
