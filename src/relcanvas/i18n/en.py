"""English catalogue: message id -> template (see :mod:`relcanvas.i18n`).

Keep ids grouped by area under a ``# --- area ---`` comment; ids are ``area.what``.
"""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- common ---
    "common.files": Plural("{count} file", "{count} files"),
}
