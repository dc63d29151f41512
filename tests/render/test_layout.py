"""What fits on the sheet: estimates grow with text, order is kept, overflow continues."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from relcanvas.render.layout import PAPERS, Metrics, entry_height, place, wrap_lines
from relcanvas.render.view import Area, Entry


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
    assert placed.rest == (huge,) and placed.hidden == 0
