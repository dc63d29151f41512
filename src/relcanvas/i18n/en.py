"""English catalogue: message id -> template (see :mod:`relcanvas.i18n`).

Keep ids grouped by area under a ``# --- area ---`` comment; ids are ``area.what``.
"""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- common ---
    "common.files": Plural("{count} file", "{count} files"),
    # --- render ---
    "render.step_time": "Suggested time: {minutes} min",
    "render.total_time": "About {minutes} min in all, with the whole team",
    "render.blank_map_intro": (
        "One row per segment: its key and name, how much human contact, personalisation "
        "and automation it gets, then, under each phase, the touchpoints that serve it. "
        "Star the moments of truth; leave a phase without contact empty."
    ),
    "render.blank_key": "Key",
    "render.with_map_needs_blank": (
        "--with-map adds a blank map to the handout: use it with --blank"
    ),
}
