"""The canvas header: a long title set smaller, many authors wrapped, the height it needs.

The header is sized before the sheet is laid out (the rows of blocks give it the height
it needs), from the advance widths of the fonts the package ships.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from relcanvas.render.fonts import advances
from relcanvas.render.geometry import Metrics

WRAP_MARGIN = 0.96
"""Wrap a little narrower than the box: bold type, kerning and hinting break earlier."""


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
        header_extra=max(0.0, need - replace(m, header_extra=0.0).header_height),
        title_size=size if size < m.title else 0.0,
        authors_width=authors_width,
    )
