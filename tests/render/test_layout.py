"""What fits on the sheet: estimates grow with text, order is kept, overflow continues."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from relcanvas.render.layout import (
    PAPERS,
    Metrics,
    continuation,
    entry_height,
    place,
    wrap_lines,
)
from relcanvas.render.view import Area, Entry, Field


@settings(deadline=None)  # the first example loads the font files
@given(st.text(min_size=1, max_size=400), st.floats(min_value=20, max_value=600))
def test_more_text_never_needs_fewer_lines(text: str, width: float) -> None:
    assert wrap_lines(text + " mot", width, 8) >= wrap_lines(text, width, 8) >= 1


def test_narrower_column_needs_more_lines() -> None:
    text = "une relation client suivie de près " * 20
    assert wrap_lines(text, 100, 8) > wrap_lines(text, 400, 8)


def test_type_grows_with_paper_and_never_drops_below_a4() -> None:
    bodies = [Metrics.for_paper(p).body for p in ("letter", "a4", "a3", "a2", "a1", "a0")]
    assert bodies[0] == bodies[1] >= 7
    assert bodies[1:] == sorted(bodies[1:]) and bodies[-1] > bodies[1]
    assert set(PAPERS) == {"a4", "a3", "a2", "a1", "a0", "letter", "tabloid"}


def test_overflow_keeps_order_and_loses_nothing() -> None:
    m = Metrics.for_paper("a4")
    entries = tuple(Entry(title=f"Entrée {i}", notes="texte " * (5 + i * 7)) for i in range(30))
    placed = place(Area("touchpoints", 2, "T", "Q ?", entries), m.column_width, m.row_height, m)
    shown = [e for c in placed.columns for e in c]
    assert 0 < len(shown) < len(entries)
    skip = len(placed.rest) - placed.hidden  # an entry shown without notes continues too
    titles = [e.title for e in shown] + [e.title for e in placed.rest[skip:]]
    assert titles == [e.title for e in entries]
    used = sum(entry_height(e, m.column_width - 2 * m.pad, m) for e in shown)
    assert used <= m.row_height


def test_an_entry_longer_than_the_block_shows_its_head() -> None:
    m = Metrics.for_paper("a4")
    huge = Entry(title="Grand compte", notes="mot " * 2000)
    placed = place(Area("interaction", 1, "T", "Q ?", (huge,)), m.column_width, m.row_height, m)
    (shown,) = placed.columns[0]
    assert shown.notes is None and shown.notes_moved
    (rest,) = placed.rest
    assert rest.continued and rest.notes == huge.notes and placed.hidden == 0


def test_notes_give_way_before_entries() -> None:
    m = Metrics.for_paper("a3")
    entries = tuple(
        Entry(title=f"Point {i}", fields=(Field("Objectif", "court"),), notes="note " * 60)
        for i in range(8)
    )
    placed = place(Area("touchpoints", 2, "T", "Q ?", entries), m.column_width, m.row_height, m)
    shown = [e for c in placed.columns for e in c]
    heights = [entry_height(e, m.column_width - 2 * m.pad, m) for e in entries]
    full = sum(1 for k in range(1, 9) if sum(heights[:k]) <= m.row_height)
    assert any(e.notes_moved for e in shown)
    assert len(shown) > full  # more cards than if every card kept its notes
    moved = [e for e in placed.rest if e.continued]
    assert [e.title for e in moved] == [e.title for e in shown if e.notes_moved or e.details_moved]
    assert placed.hidden == len(entries) - len(shown)


def test_continuation_keeps_every_word_in_order_and_bands_fit_a_page() -> None:
    m = Metrics.for_paper("a4")
    long_notes = " ".join(f"mot{i}" for i in range(3000))
    entries = (
        Entry(title="Long", notes=long_notes),
        *(Entry(title=f"E{i}", notes="texte " * i) for i in range(40)),
    )
    area = Area("touchpoints", 2, "T", "Q ?", entries)
    placed = place(area, m.column_width, m.row_height, m)
    (cont,) = continuation([placed], m)
    cards = [e for band in cont.bands for col in band.columns for e in col]
    text = " ".join(e.notes or "" for e in cards if e.title == "Long")
    if placed.columns[0] and placed.columns[0][0].notes:
        text = placed.columns[0][0].notes + " " + text
    assert text.split() == long_notes.split()
    assert all(len(band.columns) <= 3 for band in cont.bands)
    for band in cont.bands:
        for col in band.columns:
            used = sum(entry_height(e, m.cont_column_width, m) for e in col)
            assert used <= m.content_height
    assert sum(b.new_page for b in cont.bands) >= 2 and cont.page == 2


def test_blocks_take_two_columns_from_a2_never_at_a4_or_a3() -> None:
    from relcanvas.render.layout import columns_for

    counts = {
        p: columns_for(Metrics.for_paper(p).column_width, Metrics.for_paper(p)) for p in PAPERS
    }
    assert counts["a4"] == counts["letter"] == counts["a3"] == counts["tabloid"] == 1
    assert counts["a2"] == counts["a1"] == counts["a0"] == 2


def test_two_columns_are_balanced_and_keep_order() -> None:
    m = Metrics.for_paper("a2")
    entries = tuple(Entry(title=f"E{i}", fields=(Field("Objectif", "court"),)) for i in range(6))
    placed = place(Area("tools", 3, "T", "Q ?", entries), m.column_width, m.row_height, m, 2)
    left, right = placed.columns
    assert not placed.rest and len(left) == len(right) == 3
    assert [e.title for e in (*left, *right)] == [e.title for e in entries]


def test_the_room_left_takes_the_next_card_in_short_form() -> None:
    m = Metrics.for_paper("a3")
    inner = m.column_width - 2 * m.pad
    with_short = 0
    for words in range(20, 120, 7):  # card heights that leave every size of room
        entries = tuple(
            Entry(title=f"Point {i}", chips=("Vente",), fields=(Field("Objectif", "mot " * words),))
            for i in range(12)
        )
        area = Area("touchpoints", 2, "T", "Q ?", entries)
        placed = place(area, m.column_width, m.row_height, m)
        shown = [e for c in placed.columns for e in c]
        short = [e for e in shown if e.details_moved]
        with_short += bool(short)
        assert shown[len(shown) - len(short) :] == short  # short cards come last
        assert all(not e.fields and e.chips for e in short)
        details = [e for e in placed.rest if e.continued]
        assert [e.title for e in details] == [e.title for e in short]
        assert all(e.fields == entries[0].fields and not e.chips for e in details)
        titles = [e.title for e in shown] + [e.title for e in placed.rest[len(details) :]]
        assert titles == [e.title for e in entries]
        assert placed.hidden == len(entries) - len(shown)
        assert sum(entry_height(e, inner, m) + m.entry_gap for e in shown) <= m.row_height
    assert with_short >= 5


def test_band_grows_into_empty_blocks_only() -> None:
    from relcanvas.render.layout import _lay_out, lay_out

    segments = tuple(Entry(title=f"Segment {i}", notes="note " * 30) for i in range(12))
    band = Area("segments", None, "S", "", segments)
    inds = Area("indicators", None, "I", "", ())
    m = Metrics.for_paper("a3")
    empty = tuple(Area(f"b{i}", i, "T", "Q ?", ()) for i in range(6))
    grown = lay_out(empty, band, inds, m)
    assert grown.metrics.band_height > m.band_height
    assert grown.segments.shown > _lay_out(empty, band, inds, m).segments.shown
    for size in range(3, 30, 4):  # blocks full of cards: whatever the band takes, they keep
        full = tuple(
            Area(f"b{i}", i, "T", "Q ?", tuple(Entry(title="E " * (size + k)) for k in range(40)))
            for i in range(6)
        )
        base = _lay_out(full, band, inds, m)
        kept = lay_out(full, band, inds, m)
        assert [p.columns for p in kept.blocks] == [p.columns for p in base.blocks]


def test_a_long_title_is_set_smaller_and_many_authors_make_the_header_taller() -> None:
    from relcanvas.render.layout import fit_header

    m = Metrics.for_paper("a4")
    short = fit_header("Atelier Nord", "Atelier Nord SA", [("Version", "1")], ("Auteurs", "Ana"), m)
    assert short.header_height < m.header_height + 3 and not short.title_size
    authors = ", ".join(f"Marie-Hélène Dupont-Lefèvre {i} (Marketing)" for i in range(8))
    title = "Réseau régional des ateliers de maintenance industrielle " * 3
    long = fit_header(title, "Groupement", [("Version", "2027-Q1")], ("Auteurs", authors), m)
    assert 0 < long.title_size < m.title and long.title_size >= m.block_title
    assert long.header_height > m.header_height and long.row_height < m.row_height
    assert long.authors_width <= 0.45 * m.content_width
