"""What the library can produce, declared once: output formats per command and paper sizes.

A small module on purpose (no model, no renderer): the command line builds its ``--format``,
``--paper`` and ``--lang`` choices from these names at start-up, so they must cost nothing
to import. The lint output formats have their own registry (:mod:`relcanvas.lint.formats`).
"""

from __future__ import annotations

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

RENDER_FORMATS = ("html", "pdf", "md", "markdown")
"""``render --format``: ``markdown`` is ``md`` spelled out (as ``diff`` spells it)."""
RENDER_SUFFIXES = {".html": "html", ".htm": "html", ".pdf": "pdf", ".md": "md", ".markdown": "md"}
"""The format ``render`` chooses from the output file's extension."""

DIFF_FORMATS = ("text", "markdown", "md", "json")
"""``diff --format``: ``md`` is ``markdown`` abbreviated (as ``render`` spells it)."""

LOG_FORMATS = ("text", "markdown", "json", "html", "pdf")
"""``log --format``."""

VALIDATE_FORMATS = ("text", "json")
"""``validate --format``."""
